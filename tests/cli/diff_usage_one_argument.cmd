# diff needs OLD and NEW.
xabi diff testdata/hvmmem/4.8
