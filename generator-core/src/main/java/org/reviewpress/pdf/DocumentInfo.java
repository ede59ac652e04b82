package org.reviewpress.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PDF says about itself, in its information dictionary and its XMP packet alike (PDF/A
 * requires the two to agree). Names are limited to the partnership and the lead reviewer.
 *
 * @param author    the lead reviewer, or the partnership when the report names none
 * @param publisher the partnership
 * @param date      creation and modification date; empty leaves both out
 */
record DocumentInfo(String title, String subject, List<String> keywords, String lang, String author,
    String publisher, Optional<Instant> date) {

  /** Creator and producer of every PDF. */
  static final String CREATOR = "reviewpress";

  DocumentInfo {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subject, "subject");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(date, "date");
  }

  /** Keywords as one string, as the information dictionary and {@code pdf:Keywords} hold them. */
  String keywordText() {
    return String.join(", ", keywords);
  }

  /**
   * The XMP packet: Dublin Core, PDF, XMP basic, the PDF/UA and PDF/A identification, and the
   * extension schema PDF/A asks for because {@code pdfuaid} is not one of its predefined schemas.
   */
  String xmp() {
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(xml(title)).append("</rdf:li></rdf:Alt></dc:title>\n")
        .append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(xml(subject))
        .append("</rdf:li></rdf:Alt></dc:description>\n")
        .append("<dc:creator><rdf:Seq><rdf:li>").append(xml(author)).append("</rdf:li></rdf:Seq></dc:creator>\n")
        .append("<dc:publisher><rdf:Bag><rdf:li>").append(xml(publisher)).append("</rdf:li></rdf:Bag></dc:publisher>\n")
        .append("<dc:language><rdf:Bag><rdf:li>").append(xml(lang)).append("</rdf:li></rdf:Bag></dc:language>\n");
    if (!keywords.isEmpty()) {
      x.append("<dc:subject><rdf:Bag>");
      keywords.forEach(k -> x.append("<rdf:li>").append(xml(k)).append("</rdf:li>"));
      x.append("</rdf:Bag></dc:subject>\n");
    }
    x.append("</rdf:Description>\n");
    x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
    if (!keywords.isEmpty()) {
      x.append("<pdf:Keywords>").append(xml(keywordText())).append("</pdf:Keywords>\n");
    }
    x.append("<pdf:Producer>").append(CREATOR).append("</pdf:Producer>\n")
        .append("</rdf:Description>\n");
    x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
        .append("<xmp:CreatorTool>").append(CREATOR).append("</xmp:CreatorTool>\n");
    date.ifPresent(d -> {
      String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.atOffset(ZoneOffset.UTC));
      x.append("<xmp:CreateDate>").append(iso).append("</xmp:CreateDate>\n")
          .append("<xmp:ModifyDate>").append(iso).append("</xmp:ModifyDate>\n")
          .append("<xmp:MetadataDate>").append(iso).append("</xmp:MetadataDate>\n");
    });
    x.append("</rdf:Description>\n");
    x.append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("<pdfuaid:part>1</pdfuaid:part>\n")
        .append("</rdf:Description>\n");
    x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
        .append("<pdfaid:part>2</pdfaid:part>\n")
        .append("<pdfaid:conformance>A</pdfaid:conformance>\n")
        .append("</rdf:Description>\n");
    x.append("<rdf:Description rdf:about=\"\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
        .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
        .append("<pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n")
        .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
        .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
        .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
        .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
        .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
        .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
        .append("<pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>\n")
        .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
        .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
        .append("</rdf:Description>\n");
    x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toString();
  }

  /** Escapes text for XML and drops the control characters XML cannot hold. */
  private static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
