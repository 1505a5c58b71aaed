// A builtin's answer, or the reason it could not give one. Phase: evaluation.
// "Not evaluable" is a first-class outcome (an unknown time zone in the
// event, a date that cannot be resolved): the engine records the reason in
// the trace and applies the policy's declared fallback, never a silent false.
// Reasons are static text, so returning one allocates nothing.
#pragma once

#include <string_view>
#include <utility>

namespace charter::stdlib {

template <class T>
class Evaluated {
 public:
  Evaluated(T value) : value_(std::move(value)), ok_(true) {}  // NOLINT: implicit by design

  static Evaluated not_evaluable(std::string_view reason) {
    Evaluated result;
    result.reason_ = reason;
    return result;
  }

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const T& value() const { return value_; }
  T& value() { return value_; }
  const T& operator*() const { return value_; }
  const T* operator->() const { return &value_; }
  // Why there is no value; empty when ok().
  std::string_view reason() const { return reason_; }

 private:
  Evaluated() = default;
  T value_{};
  std::string_view reason_;
  bool ok_ = false;
};

}  // namespace charter::stdlib
