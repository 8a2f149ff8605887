package org.convoca.outcome;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A list whose elements are made from another's when they are read, and dropped after: a writer
 * walks the views of a hundred thousand proposals one at a time instead of holding them all.
 * Reading an element twice makes it twice, so it suits lists that are read once, in order.
 */
final class Lazily {

  private Lazily() {}

  /** {@return {@code source} seen through {@code view}, made element by element as it is read; unmodifiable} */
  static <T, R> List<R> map(List<T> source, Function<? super T, ? extends R> view) {
    return new Mapped<>(source, view);
  }

  private static final class Mapped<T, R> extends AbstractList<R> implements RandomAccess {

    private final List<T> source;
    private final Function<? super T, ? extends R> view;

    Mapped(List<T> source, Function<? super T, ? extends R> view) {
      this.source = source;
      this.view = view;
    }

    @Override
    public R get(int index) {
      return view.apply(source.get(index));
    }

    @Override
    public int size() {
      return source.size();
    }
  }
}
