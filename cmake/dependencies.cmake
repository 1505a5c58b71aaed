# Every dependency is a Debian package (scripts/setup.sh installs them), found
# through its CMake config where it ships one and through pkg-config or a
# small imported target otherwise.
find_package(pegtl 3 CONFIG REQUIRED)                   # taocpp::pegtl
find_package(Boost 1.74 REQUIRED COMPONENTS graph)      # Boost::headers (Boost.Graph is header-only here)
find_package(spdlog CONFIG REQUIRED)                    # spdlog::spdlog
find_package(SQLite3 REQUIRED)                          # SQLite::SQLite3
find_package(simdjson CONFIG REQUIRED)                  # simdjson::simdjson
find_package(CLI11 CONFIG REQUIRED)                     # CLI11::CLI11
find_package(date CONFIG REQUIRED)                      # date::date, date::date-tz (system tzdata)
find_package(OpenSSL REQUIRED)                          # OpenSSL::Crypto (SHA-256 of bundle digests)
find_package(Threads REQUIRED)

find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(HYPERSCAN REQUIRED IMPORTED_TARGET libhs)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)

# libphonenumber ships neither a CMake config nor a pkg-config file.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(charter_phonenumber INTERFACE IMPORTED)
target_include_directories(charter_phonenumber INTERFACE ${PHONENUMBER_INCLUDE_DIR})
# Its headers define PhoneNumber as a protobuf message, so code including them
# can reference protobuf itself (UBSan's vptr checks do): link it directly.
pkg_check_modules(PROTOBUF REQUIRED IMPORTED_TARGET protobuf)
target_link_libraries(charter_phonenumber INTERFACE ${PHONENUMBER_LIBRARY} PkgConfig::PROTOBUF)

if(CHARTER_BUILD_TESTS)
  find_package(GTest CONFIG REQUIRED)                   # GTest::gtest_main, GTest::gmock
  include(GoogleTest)
endif()
if(CHARTER_BUILD_BENCH)
  find_package(benchmark CONFIG REQUIRED)               # benchmark::benchmark
endif()
