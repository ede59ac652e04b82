package org.reviewpress.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming writer gives the bytes Jackson's object mapper gave for the same documents. */
class JsonTest {

  private static final ObjectWriter MAPPER = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  @Test
  void writesWhatTheObjectMapperWroteForGeneratedDocuments() throws Exception {
    Random random = new Random(20261126);
    for (int i = 0; i < 2_000; i++) {
      Object doc = value(random, 0);
      assertThat(Json.write(doc)).as("document %d", i).isEqualTo(MAPPER.writeValueAsString(doc) + "\n");
    }
  }

  @Test
  void emptyContainersAndNullsAreWrittenAsTheMapperDid() throws Exception {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("empty object", Map.of());
    doc.put("empty list", List.of());
    doc.put("nothing", null);
    doc.put("quote \" and \\ and \u0001", "line\nbreak\ttab \u2028 é 🙂 </script>");
    assertThat(Json.write(doc)).isEqualTo(MAPPER.writeValueAsString(doc) + "\n");
  }

  @Test
  void refusesValuesThatAreNotJson() {
    assertThatThrownBy(() -> Json.write(Map.of("when", new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
  }

  private static Object value(Random random, int depth) {
    int kind = random.nextInt(depth > 3 ? 6 : 8);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return random.nextBoolean();
      case 2:
        return random.nextInt(2_000_001) - 1_000_000;
      case 3:
        return random.nextLong();
      case 4:
        return random.nextInt(5) == 0 ? (double) random.nextInt(100) : random.nextDouble() * Math.pow(10, random.nextInt(12) - 6);
      case 5:
        return text(random);
      case 6: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(value(random, depth + 1));
        }
        return list;
      }
      default: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          map.put(text(random), value(random, depth + 1));
        }
        return map;
      }
    }
  }

  private static String text(Random random) {
    String alphabet = "abc XYZ \"\\/\n\t\r\u0000\u001f\u007f é€🙂<>&'";
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      int at = random.nextInt(alphabet.length());
      b.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2) : alphabet.charAt(at) + "");
    }
    return b.toString();
  }
}
