# SPDX-License-Identifier: MIT
# Finds libclang (the C API) of one LLVM, 14 or newer, and says which.
# Sets the imported target LibClang::LibClang, LIBCLANG_VERSION (the LLVM
# major version) and LIBCLANG_RUNTIME (the file to dlopen at run time).
#
# Choosing the LLVM: -DXABI_LLVM=NN (Debian's /usr/lib/llvm-NN), or a prefix
# through -DLLVM_ROOT=DIR, -DCMAKE_PREFIX_PATH=DIR, -DLLVM_DIR=DIR/lib/cmake/llvm
# or -DLLVM_CONFIG=DIR/bin/llvm-config. A choice that holds no libclang is an
# error, never a silent fallback. Without one: the LLVM that llvm-config names
# (Debian's default, from the llvm package), else the newest one installed.

# The prefixes to search, and what chose them.
set(_libclang_prefixes "")
if(XABI_LLVM)
  set(_libclang_prefixes /usr/lib/llvm-${XABI_LLVM})
  set(_libclang_chosen "XABI_LLVM=${XABI_LLVM}")
elseif(LLVM_ROOT)
  set(_libclang_prefixes ${LLVM_ROOT})
  set(_libclang_chosen "LLVM_ROOT=${LLVM_ROOT}")
elseif(LLVM_DIR)
  get_filename_component(_libclang_prefixes "${LLVM_DIR}/../../.." ABSOLUTE)
  set(_libclang_chosen "LLVM_DIR=${LLVM_DIR}")
elseif(LLVM_CONFIG)
  if(NOT EXISTS "${LLVM_CONFIG}")
    message(FATAL_ERROR "LLVM_CONFIG=${LLVM_CONFIG}: no such file")
  endif()
  execute_process(COMMAND ${LLVM_CONFIG} --prefix OUTPUT_VARIABLE _libclang_prefixes
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(_libclang_chosen "LLVM_CONFIG=${LLVM_CONFIG}")
else()
  foreach(_p ${CMAKE_PREFIX_PATH})
    if(EXISTS "${_p}/include/clang-c/Index.h")
      list(APPEND _libclang_prefixes ${_p})
      set(_libclang_chosen "CMAKE_PREFIX_PATH")
    endif()
  endforeach()
  if(NOT _libclang_prefixes)
    find_program(_libclang_llvm_config NAMES llvm-config)
    if(_libclang_llvm_config)
      execute_process(COMMAND ${_libclang_llvm_config} --prefix
                      OUTPUT_VARIABLE _libclang_prefixes OUTPUT_STRIP_TRAILING_WHITESPACE
                      ERROR_QUIET)
      set(_libclang_chosen "the system's default (${_libclang_llvm_config})")
    endif()
    foreach(_v RANGE 40 14 -1)
      list(APPEND _libclang_prefixes /usr/lib/llvm-${_v})
    endforeach()
    if(NOT _libclang_chosen)
      set(_libclang_chosen "the newest installed")
    endif()
  endif()
endif()

# The cache would keep a previous choice: search afresh every time.
unset(LIBCLANG_INCLUDE_DIR CACHE)
unset(LIBCLANG_LIBRARY CACHE)
find_path(LIBCLANG_INCLUDE_DIR clang-c/Index.h
          HINTS ${_libclang_prefixes} PATH_SUFFIXES include NO_DEFAULT_PATH)
if(LIBCLANG_INCLUDE_DIR)
  get_filename_component(_libclang_root "${LIBCLANG_INCLUDE_DIR}" DIRECTORY)
  find_library(LIBCLANG_LIBRARY NAMES clang libclang
               HINTS ${_libclang_root} PATH_SUFFIXES lib NO_DEFAULT_PATH)
endif()
if(NOT LIBCLANG_LIBRARY)
  set(_libclang_package libclang-dev)
  if(XABI_LLVM)
    set(_libclang_package libclang-${XABI_LLVM}-dev)
  endif()
  message(FATAL_ERROR "libclang not found in ${_libclang_prefixes} (chosen by "
          "${_libclang_chosen}): install it with 'apt-get install ${_libclang_package}'")
endif()

# The major version, from the versioned library beside it (Debian's
# libclang-NN.so.1, which survives patch upgrades: dlopen that one).
file(GLOB _libclang_versioned "${_libclang_root}/lib/libclang-*.so.1")
if(_libclang_versioned)
  list(GET _libclang_versioned 0 LIBCLANG_RUNTIME)
  string(REGEX REPLACE ".*/libclang-([0-9]+)\\.so\\.1$" "\\1" LIBCLANG_VERSION
         "${LIBCLANG_RUNTIME}")
else()
  get_filename_component(LIBCLANG_RUNTIME "${LIBCLANG_LIBRARY}" REALPATH)
  string(REGEX MATCH "[0-9]+" LIBCLANG_VERSION "${_libclang_root}")
endif()
if(LIBCLANG_VERSION AND LIBCLANG_VERSION LESS 14)
  message(FATAL_ERROR "libclang ${LIBCLANG_VERSION} at ${_libclang_root} is too old: "
          "xabi needs LLVM 14 or newer")
endif()

if(NOT TARGET LibClang::LibClang)
  add_library(LibClang::LibClang UNKNOWN IMPORTED)
  set_target_properties(LibClang::LibClang PROPERTIES
    IMPORTED_LOCATION "${LIBCLANG_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LIBCLANG_INCLUDE_DIR}")
endif()
message(STATUS "libclang: LLVM ${LIBCLANG_VERSION} (${LIBCLANG_RUNTIME}), chosen by "
        "${_libclang_chosen}")
