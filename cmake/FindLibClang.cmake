# SPDX-License-Identifier: MIT
# Finds libclang (the C API) of any LLVM from 14 up, newest first.
# Sets the imported target LibClang::LibClang.
#
# Debian installs one tree per LLVM version under /usr/lib/llvm-N; llvm-config
# (when present) names the one the system prefers, so it is asked first.
set(_libclang_hints "")
find_program(LLVM_CONFIG NAMES llvm-config llvm-config-20 llvm-config-19 llvm-config-18
             llvm-config-17 llvm-config-16 llvm-config-15 llvm-config-14)
if(LLVM_CONFIG)
  execute_process(COMMAND ${LLVM_CONFIG} --prefix OUTPUT_VARIABLE _prefix
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  list(APPEND _libclang_hints ${_prefix})
endif()
foreach(_v RANGE 24 14 -1)
  list(APPEND _libclang_hints /usr/lib/llvm-${_v})
endforeach()

find_path(LIBCLANG_INCLUDE_DIR clang-c/Index.h
          HINTS ${_libclang_hints} PATH_SUFFIXES include NO_DEFAULT_PATH)
get_filename_component(_libclang_root "${LIBCLANG_INCLUDE_DIR}" DIRECTORY)
find_library(LIBCLANG_LIBRARY NAMES clang libclang
             HINTS ${_libclang_root} PATH_SUFFIXES lib NO_DEFAULT_PATH)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibClang
  REQUIRED_VARS LIBCLANG_LIBRARY LIBCLANG_INCLUDE_DIR
  FAIL_MESSAGE "libclang not found: install it with 'apt-get install libclang-dev'")

if(LibClang_FOUND AND NOT TARGET LibClang::LibClang)
  add_library(LibClang::LibClang UNKNOWN IMPORTED)
  set_target_properties(LibClang::LibClang PROPERTIES
    IMPORTED_LOCATION "${LIBCLANG_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${LIBCLANG_INCLUDE_DIR}")
  message(STATUS "libclang: ${LIBCLANG_LIBRARY}")
endif()
