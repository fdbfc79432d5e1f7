# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Strict settings every target of ours gets, in one place.

option(SA_WARNINGS_AS_ERRORS "Turn compiler warnings into errors (CI sets this)" OFF)
option(SA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

find_program(SA_CCACHE ccache)
if(SA_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${SA_CCACHE}" CACHE STRING "" FORCE)
endif()

option(SA_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(SA_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(SA_SANITIZE)
    if(MSVC)
        add_compile_options(/fsanitize=address)
    else()
        add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        add_link_options(-fsanitize=address,undefined)
    endif()
endif()

function(sa_apply_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
    # Nothing Qt deprecated up to the oldest Qt we support (6.4) compiles;
    # what newer Qt deprecates warns, and warnings are errors in CI. Qt 6.5
    # renamed the switch.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        target_compile_definitions(${target} PRIVATE QT_DISABLE_DEPRECATED_UP_TO=0x060400)
    else()
        target_compile_definitions(${target} PRIVATE QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    endif()
    target_include_directories(${target} PRIVATE "${PROJECT_BINARY_DIR}/generated")
    if(MSVC)
        # /utf-8: the sources are UTF-8; /permissive-: standard C++.
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8 /Zc:__cplusplus)
        if(SA_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
        # Control-flow guard; ASLR and DEP are MSVC's defaults.
        target_compile_options(${target} PRIVATE /guard:cf)
        target_link_options(${target} PRIVATE /guard:cf)
        return()
    endif()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's qCDebug(category) << ... is a variadic macro called with no variadic argument.
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(SA_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Debian's hardening (what dpkg-buildflags gives packages). Fortify needs
    # optimisation, and it would hide bugs from the sanitizers, so only the
    # optimised, unsanitized builds (ci, release) get it.
    if(NOT SA_SANITIZE AND NOT SA_FUZZ)
        target_compile_definitions(${target} PRIVATE $<$<CONFIG:Release,RelWithDebInfo>:_FORTIFY_SOURCE=2>)
    endif()
    target_compile_options(${target} PRIVATE -fstack-protector-strong)
    # ELF only: full RELRO and immediate binding. Apple's linker and
    # MinGW's have no -z; they get their platform's defaults (PIE, ASLR).
    if(UNIX AND NOT APPLE)
        target_link_options(${target} PRIVATE LINKER:-z,relro LINKER:-z,now)
    endif()
endfunction()
