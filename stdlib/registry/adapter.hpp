// Derives a builtin's signature and calling thunk from its C++ function type,
// so the two cannot drift apart (STYLE.md §4). Phase: registration.
//   bool → Bool, int64_t → Int, double → Number, std::string_view/std::string
//   → String, Instant → Time, Duration → Duration, std::optional<T> → T?,
//   ListView<T> → List<T>, Prepared<T> → a constant argument prepared once
//   (its Charter type is given to prepare_arg). A first parameter
//   `CallContext&` receives the context. Returning Evaluated<T> makes the
//   builtin able to answer "not evaluable"; returning std::optional<T> makes
//   its result T?. A returned std::string is copied into the arena; a
//   returned std::string_view must point into an argument or static storage.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "stdlib/core/evaluated.hpp"

namespace charter::stdlib {

// A constant argument, prepared once at lowering by the entry's prepare hook.
template <class T>
struct Prepared {
  const T* object;
  const T& operator*() const { return *object; }
  const T* operator->() const { return object; }
};

// A List<T> argument, read without copying.
template <class T>
struct ListView;

namespace adapter_detail {

template <class T>
struct Codec;

template <>
struct Codec<bool> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kBool); }
  static bool decode(const Value& v, CallContext&, size_t) { return v.as_bool(); }
  static Value encode(bool b, CallContext&) { return Value::boolean(b); }
};
template <>
struct Codec<int64_t> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kInt); }
  static int64_t decode(const Value& v, CallContext&, size_t) { return v.as_int(); }
  static Value encode(int64_t i, CallContext&) { return Value::integer(i); }
};
template <>
struct Codec<double> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kNumber); }
  static double decode(const Value& v, CallContext&, size_t) { return v.as_double(); }
  static Value encode(double d, CallContext&) { return Value::number(d); }
};
template <>
struct Codec<std::string_view> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kString); }
  static std::string_view decode(const Value& v, CallContext&, size_t) { return v.as_string(); }
  static Value encode(std::string_view s, CallContext&) { return Value::string(s); }
};
template <>
struct Codec<std::string> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kString); }
  static Value encode(const std::string& s, CallContext& ctx) {
    return Value::string(ctx.arena->copy(s));
  }
};
template <>
struct Codec<Instant> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kTime); }
  static Instant decode(const Value& v, CallContext&, size_t) { return v.as_time(); }
  static Value encode(Instant t, CallContext&) { return Value::time(t); }
};
template <>
struct Codec<Duration> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kDuration); }
  static Duration decode(const Value& v, CallContext&, size_t) { return v.as_duration(); }
  static Value encode(Duration d, CallContext&) { return Value::duration(d); }
};
template <class T>
struct Codec<std::optional<T>> {
  static TypePattern pattern(TypeTable& types) {
    return TypePattern::exact(types.optional_of(Codec<T>::pattern(types).type));
  }
  static std::optional<T> decode(const Value& v, CallContext& ctx, size_t i) {
    if (v.is_missing()) return std::nullopt;
    return Codec<T>::decode(v, ctx, i);
  }
  static Value encode(const std::optional<T>& value, CallContext& ctx) {
    return value ? Codec<T>::encode(*value, ctx) : Value::missing();
  }
};
template <class T>
struct Codec<Prepared<T>> {
  // The Charter type is set by prepare_arg; kError marks "not set yet".
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kError); }
  static Prepared<T> decode(const Value&, CallContext& ctx, size_t i) {
    return Prepared<T>{static_cast<const T*>(ctx.prepared[i])};
  }
};

}  // namespace adapter_detail

template <class T>
struct ListView {
  const Value* items = nullptr;
  uint32_t size = 0;
  CallContext* ctx = nullptr;
  T operator[](uint32_t i) const { return adapter_detail::Codec<T>::decode(items[i], *ctx, 0); }
};

namespace adapter_detail {

template <class T>
struct Codec<ListView<T>> {
  static TypePattern pattern(TypeTable& types) {
    return TypePattern::exact(types.list_of(Codec<T>::pattern(types).type));
  }
  static ListView<T> decode(const Value& v, CallContext& ctx, size_t) {
    return ListView<T>{v.items(), v.size, &ctx};
  }
};

// How a result is stored: plain, or Evaluated (may be "not evaluable").
template <class R>
struct Result {
  static constexpr bool kMayFail = false;
  static TypePattern pattern(TypeTable& types) { return Codec<R>::pattern(types); }
  static bool store(R&& result, CallContext& ctx, Value& out) {
    out = Codec<R>::encode(std::move(result), ctx);
    return true;
  }
};
template <class R>
struct Result<Evaluated<R>> {
  static constexpr bool kMayFail = true;
  static TypePattern pattern(TypeTable& types) { return Codec<R>::pattern(types); }
  static bool store(Evaluated<R>&& result, CallContext& ctx, Value& out) {
    if (!result.ok()) {
      ctx.failure = result.reason();
      return false;
    }
    out = Codec<R>::encode(result.value(), ctx);
    return true;
  }
};

template <class... A>
struct TakesContext : std::false_type {};
template <class... A>
struct TakesContext<CallContext&, A...> : std::true_type {};

template <auto Fn, class Signature>
struct Adapter;

template <auto Fn, class R, class... A>
struct Adapter<Fn, R (*)(A...)> {
  static constexpr bool kContext = TakesContext<A...>::value;
  using Params = std::tuple<std::decay_t<A>...>;  // including the context, when taken
  static constexpr bool kMayFail = Result<R>::kMayFail;
  static constexpr size_t kArity = sizeof...(A) - (kContext ? 1 : 0);
  static constexpr size_t kFirst = kContext ? 1 : 0;

  template <size_t... I>
  static bool call_with(CallContext& ctx, const Value* args, Value& out, std::index_sequence<I...>) {
    if constexpr (kContext) {
      return Result<R>::store(
          Fn(ctx, Codec<std::tuple_element_t<I + 1, Params>>::decode(args[I], ctx, I)...), ctx, out);
    } else {
      return Result<R>::store(Fn(Codec<std::tuple_element_t<I, Params>>::decode(args[I], ctx, I)...),
                              ctx, out);
    }
  }

  static bool call(CallContext& ctx, const Value* args, Value& out) {
    return call_with(ctx, args, out, std::make_index_sequence<kArity>{});
  }

  template <size_t... I>
  static Signature signature_with(TypeTable& types, std::index_sequence<I...>) {
    Signature signature;
    (signature.params.push_back(Codec<std::tuple_element_t<I + kFirst, Params>>::pattern(types)), ...);
    signature.result = Result<R>::pattern(types);
    return signature;
  }

  static Signature signature(TypeTable& types) {
    return signature_with(types, std::make_index_sequence<kArity>{});
  }
};

}  // namespace adapter_detail

template <auto Fn>
BuiltinEntry& BuiltinTable::add(std::string name, std::string doc) {
  using A = adapter_detail::Adapter<Fn, decltype(Fn)>;
  return add_raw(std::move(name), A::signature(types_), &A::call, A::kMayFail, std::move(doc));
}

}  // namespace charter::stdlib
