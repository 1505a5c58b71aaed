#include "stdlib/core/operators.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace charter::stdlib {
namespace {

bool finite_number(double result, Value& out, std::string_view& failure) {
  if (!std::isfinite(result)) {
    failure = "the result is not a finite number";
    return false;
  }
  out = Value::number(result);
  return true;
}

bool int_arithmetic(ArithmeticOp op, int64_t a, int64_t b, Value& out, std::string_view& failure) {
  int64_t result = 0;
  bool overflow = false;
  switch (op) {
    case ArithmeticOp::Add: overflow = __builtin_add_overflow(a, b, &result); break;
    case ArithmeticOp::Sub: overflow = __builtin_sub_overflow(a, b, &result); break;
    case ArithmeticOp::Mul: overflow = __builtin_mul_overflow(a, b, &result); break;
    case ArithmeticOp::Mod:
      if (b == 0) {
        failure = "remainder of a division by zero";
        return false;
      }
      if (b == -1) {
        out = Value::integer(0);
        return true;
      }
      result = a % b;
      break;
    case ArithmeticOp::Div:
      if (b == 0) {
        failure = "division by zero";
        return false;
      }
      out = Value::number(static_cast<double>(a) / static_cast<double>(b));
      return true;
  }
  if (overflow) {
    failure = "the result is too large for an integer";
    return false;
  }
  out = Value::integer(result);
  return true;
}

bool is_numeric(const Value& v) { return v.kind == ValueKind::Int || v.kind == ValueKind::Number; }

}  // namespace

bool apply_arithmetic(ArithmeticOp op, const Value& a, const Value& b, Value& out, std::string_view& failure) {
  if (a.kind == ValueKind::Int && b.kind == ValueKind::Int) return int_arithmetic(op, a.as_int(), b.as_int(), out, failure);
  if (is_numeric(a) && is_numeric(b)) {
    const double x = a.as_double(), y = b.as_double();
    switch (op) {
      case ArithmeticOp::Add: return finite_number(x + y, out, failure);
      case ArithmeticOp::Sub: return finite_number(x - y, out, failure);
      case ArithmeticOp::Mul: return finite_number(x * y, out, failure);
      case ArithmeticOp::Div:
        if (y == 0) {
          failure = "division by zero";
          return false;
        }
        return finite_number(x / y, out, failure);
      case ArithmeticOp::Mod:
        if (y == 0) {
          failure = "remainder of a division by zero";
          return false;
        }
        return finite_number(std::fmod(x, y), out, failure);
    }
  }
  const auto micros = [&](int64_t x, int64_t y, ValueKind kind) {
    int64_t result = 0;
    const bool overflow = op == ArithmeticOp::Add ? __builtin_add_overflow(x, y, &result)
                                                  : __builtin_sub_overflow(x, y, &result);
    if (overflow) {
      failure = "the time is out of range";
      return false;
    }
    out = kind == ValueKind::Time ? Value::time({result}) : Value::duration({result});
    return true;
  };
  if (a.kind == ValueKind::Time && b.kind == ValueKind::Duration) return micros(a.as_int(), b.as_int(), ValueKind::Time);
  if (a.kind == ValueKind::Duration && b.kind == ValueKind::Time && op == ArithmeticOp::Add) {
    return micros(b.as_int(), a.as_int(), ValueKind::Time);
  }
  if (a.kind == ValueKind::Time && b.kind == ValueKind::Time) return micros(a.as_int(), b.as_int(), ValueKind::Duration);
  if (a.kind == ValueKind::Duration && b.kind == ValueKind::Duration) {
    return micros(a.as_int(), b.as_int(), ValueKind::Duration);
  }
  if (a.kind == ValueKind::Duration && is_numeric(b)) {
    const double factor = b.as_double();
    if (op == ArithmeticOp::Div && factor == 0) {
      failure = "division by zero";
      return false;
    }
    const double result = op == ArithmeticOp::Mul ? static_cast<double>(a.as_int()) * factor
                                                  : static_cast<double>(a.as_int()) / factor;
    if (!std::isfinite(result) || std::fabs(result) > 9.2e18) {
      failure = "the duration is out of range";
      return false;
    }
    out = Value::duration({static_cast<int64_t>(std::llround(result))});
    return true;
  }
  failure = "these values cannot be combined";
  return false;
}

bool apply_compare(CompareOp op, const Value& a, const Value& b) {
  switch (op) {
    case CompareOp::Eq: return values_equal(a, b);
    case CompareOp::Ne: return !values_equal(a, b);
    case CompareOp::Lt: return compare_values(a, b) < 0;
    case CompareOp::Le: return compare_values(a, b) <= 0;
    case CompareOp::Gt: return compare_values(a, b) > 0;
    case CompareOp::Ge: return compare_values(a, b) >= 0;
  }
  return false;
}

std::string format_date(int64_t days) {
  using namespace std::chrono;
  const year_month_day date{sys_days{std::chrono::days{days}}};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                unsigned(date.day()));
  return buffer;
}

namespace {

// Built on the stack and appended: instants are written into every decision
// and reason that shows one, and the steady state allocates nothing.
void append_instant(std::string& out, Instant instant) {
  const int64_t day_micros = kMicrosPerDay;
  int64_t days = instant.micros / day_micros;
  int64_t rest = instant.micros % day_micros;
  if (rest < 0) {
    rest += day_micros;
    --days;
  }
  const int64_t seconds = rest / kMicrosPerSecond;
  const int64_t fraction = rest % kMicrosPerSecond;
  char buffer[64];
  int length = std::snprintf(buffer, sizeof buffer, "%sT%02lld:%02lld:%02lld", format_date(days).c_str(),
                             static_cast<long long>(seconds / 3600), static_cast<long long>(seconds / 60 % 60),
                             static_cast<long long>(seconds % 60));
  if (fraction != 0) {
    length += std::snprintf(buffer + length, sizeof buffer - static_cast<size_t>(length), ".%06lld",
                            static_cast<long long>(fraction));
    while (buffer[length - 1] == '0') --length;
  }
  buffer[length++] = 'Z';
  out.append(buffer, static_cast<size_t>(length));
}

}  // namespace

std::string format_instant(Instant instant) {
  std::string out;
  append_instant(out, instant);
  return out;
}

std::string format_duration(Duration duration) {
  int64_t micros = duration.micros;
  std::string out;
  if (micros < 0) {
    out = "-";
    micros = -micros;
  }
  if (micros == 0) return "0s";
  const struct {
    int64_t size;
    const char* unit;
  } units[] = {{kMicrosPerDay, "d"}, {kMicrosPerHour, "h"}, {kMicrosPerMinute, "m"}, {kMicrosPerSecond, "s"}, {1000, "ms"}};
  for (const auto& unit : units) {
    if (micros >= unit.size) {
      out += std::to_string(micros / unit.size) + unit.unit;
      micros %= unit.size;
    }
  }
  if (micros > 0) out += std::to_string(micros) + "us";
  return out;
}

void append_text(std::string& out, const Value& value, const TypeTable& types) {
  char buffer[64];
  switch (value.kind) {
    case ValueKind::Missing: out += "missing"; return;
    case ValueKind::Null: out += "null"; return;
    case ValueKind::Bool: out += value.as_bool() ? "true" : "false"; return;
    case ValueKind::Int: out += std::to_string(value.as_int()); return;
    case ValueKind::Number: {
      const auto end = std::to_chars(buffer, buffer + sizeof buffer, value.as_number()).ptr;
      out.append(buffer, end);
      return;
    }
    case ValueKind::String: out += value.as_string(); return;
    case ValueKind::Enum: {
      const TypeId type{value.type};
      if (type.value < types.size() && types.kind(type) == TypeKind::Enum &&
          value.as_ordinal() < types.enum_info(type).values.size()) {
        out += types.enum_info(type).values[value.as_ordinal()].path;
      } else {
        out += std::to_string(value.as_ordinal());
      }
      return;
    }
    case ValueKind::Time: append_instant(out, value.as_time()); return;
    case ValueKind::Date: out += format_date(value.as_int()); return;
    case ValueKind::TimeOfDay: {
      const int64_t s = value.as_int();
      std::snprintf(buffer, sizeof buffer, s % 60 ? "%02lld:%02lld:%02lld" : "%02lld:%02lld",
                    static_cast<long long>(s / 3600), static_cast<long long>(s / 60 % 60), static_cast<long long>(s % 60));
      out += buffer;
      return;
    }
    case ValueKind::Duration: out += format_duration(value.as_duration()); return;
    case ValueKind::List:
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out += ", ";
        append_text(out, value.items()[i], types);
      }
      return;
    case ValueKind::Record:
    case ValueKind::Map: out += "{…}"; return;
    case ValueKind::Opaque: out += "<prepared>"; return;
  }
}

}  // namespace charter::stdlib
