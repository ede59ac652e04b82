package org.reviewpress.check.privacy;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An immutable set of word forms, asked whether it holds a word for every capitalised word of a
 * report. A final class, so a look-up is a direct call the quick compiler can inline where the
 * JDK's immutable sets are an interface call into a general probe; the table is probed with the
 * string's cached hash, and most words are ruled out by an empty slot or a hash that differs.
 */
final class FormSet extends AbstractSet<String> {

  private final String[] table;
  private final int mask;
  private final List<String> forms;

  private FormSet(Collection<String> forms) {
    this.forms = List.copyOf(new LinkedHashSet<>(forms));
    int size = Integer.highestOneBit(Math.max(4, this.forms.size()) * 2) * 2;
    table = new String[size];
    mask = size - 1;
    for (String f : this.forms) {
      int at = slot(f.hashCode());
      while (table[at] != null) {
        at = (at + 1) & mask;
      }
      table[at] = f;
    }
  }

  /** The set of {@code forms} (none null). */
  static FormSet of(Collection<String> forms) {
    return new FormSet(forms);
  }

  /** The set of {@code forms} (none null). */
  static FormSet of(String... forms) {
    return new FormSet(List.of(forms));
  }

  private int slot(int h) {
    return (h ^ (h >>> 16)) & mask;
  }

  /** Whether the set holds {@code form}. */
  boolean has(String form) {
    int h = form.hashCode();
    for (int at = slot(h); ; at = (at + 1) & mask) {
      String known = table[at];
      if (known == null) {
        return false;
      }
      if (known == form || known.hashCode() == h && known.equals(form)) {
        return true;
      }
    }
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String s && has(s);
  }

  @Override
  public Iterator<String> iterator() {
    return forms.iterator();
  }

  @Override
  public int size() {
    return forms.size();
  }
}
