# A directory with no Xen headers: say where xabi looked.
xabi dump testdata
