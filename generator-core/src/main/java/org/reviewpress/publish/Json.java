package org.reviewpress.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.reviewpress.ReviewpressException;

/** One shared, configured Jackson writer: two-space indent, '\n' line ends, stable order. */
final class Json {

  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    WRITER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writer(printer);
  }

  private Json() {}

  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new ReviewpressException("Cannot write JSON: " + e.getMessage(), e);
    }
  }
}
