package org.reviewpress.render;

import org.jsoup.nodes.Node;

/** Walking a jsoup tree in document order without recursion (page trees can be deep). */
final class DocumentOrder {

  private DocumentOrder() {}

  /** The node after {@code n} in document order once its subtree is done, staying under {@code root}. */
  static Node following(Node n, Node root) {
    while (n != root) {
      Node next = n.nextSibling();
      if (next != null) {
        return next;
      }
      n = n.parentNode();
    }
    return null;
  }
}
