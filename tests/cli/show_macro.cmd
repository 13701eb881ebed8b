# An integer macro with its value, type and comment-free location.
xabi show testdata/hvmmem/4.7 HVMOP_set_mem_type
