package org.reviewpress.internal;

import java.util.Objects;
import java.util.function.Supplier;

/** A value made on first use and then kept; safe for several threads (made at most once). */
public final class Lazy<T> implements Supplier<T> {

  private final Supplier<T> make;
  private volatile T value;

  private Lazy(Supplier<T> make) {
    this.make = Objects.requireNonNull(make, "make");
  }

  public static <T> Lazy<T> of(Supplier<T> make) {
    return new Lazy<>(make);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(make.get(), "made");
          value = v;
        }
      }
    }
    return v;
  }
}
