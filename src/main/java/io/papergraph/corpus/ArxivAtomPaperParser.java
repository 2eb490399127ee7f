package io.papergraph.corpus;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Atom feed as the arXiv API returns it: each {@code <entry>} is a paper with title ← title,
 * abstract ← summary, year ← published (else updated), authors ← author/name and url ← the alternate link
 * (else the entry id); arXiv abstract links become {@code https://arxiv.org/abs/<id>} without version.
 * Elements are matched by namespace, not prefix.
 *
 * <p>Security: the feed comes from users, so a document with a DOCTYPE is refused before and while
 * parsing; DTDs and external entities are switched off in the parser as well, so no entity is ever
 * expanded and no file or URL is ever read (no XXE, no billion laughs).
 */
final class ArxivAtomPaperParser {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String DOCTYPE_REFUSED = "DOCTYPE declarations are not allowed (external entities are never resolved)";

    private static final Pattern ARXIV_ABS = Pattern.compile("https?://(?:www\\.|export\\.)?arxiv\\.org/abs/(.+?)(?:v[0-9]+)?");
    private static final Pattern YEAR = Pattern.compile("\\s*([0-9]{4})-.*", Pattern.DOTALL);
    private static final String ARXIV_ERROR_ID = "http://arxiv.org/api/errors";

    private ArxivAtomPaperParser() {
    }

    static DraftList parse(String text) {
        if (hasDoctype(text)) {
            return DraftList.failed(RecordProblem.body(DOCTYPE_REFUSED));
        }
        return parseWithoutPrologCheck(text);
    }

    /** The parse behind {@link #parse}, which refuses a DTD on its own; separate so that tests can show it does. */
    static DraftList parseWithoutPrologCheck(String text) {
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new StringReader(text));
            return read(reader);
        } catch (XMLStreamException e) {
            Location where = e.getLocation();
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            return DraftList.failed(where == null || where.getLineNumber() < 1 ? RecordProblem.body("malformed XML: " + message)
                    : new RecordProblem("line " + where.getLineNumber() + ", column " + where.getColumnNumber(), "malformed XML: " + message));
        } finally {
            close(reader);
        }
    }

    /** A StAX factory from the JDK that reads no DTD and resolves no entity. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never read");
        });
        factory.setXMLReporter((message, type, info, location) -> {
        });
        return factory;
    }

    /** Whether the prolog (before the root element) has a DOCTYPE; skips the XML declaration, comments and PIs. */
    static boolean hasDoctype(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else {
                return text.startsWith("<!DOCTYPE", i) || text.startsWith("<!doctype", i);
            }
        }
        return false;
    }

    /** One entry while it is read. */
    private static final class Entry {
        final String location;
        String id;
        String title;
        String summary;
        String published;
        String updated;
        String alternate;
        final List<String> authors = new ArrayList<>();

        Entry(int number, int line) {
            location = "entry " + number + " (line " + line + ")";
        }
    }

    private static DraftList read(XMLStreamReader reader) throws XMLStreamException {
        List<PaperDraft> drafts = new ArrayList<>();
        int depth = 0;
        int entries = 0;
        Entry entry = null;
        boolean inAuthor = false;
        String capturing = null;
        int captureDepth = 0;
        StringBuilder captured = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE -> {
                    return DraftList.failed(RecordProblem.body(event == XMLStreamConstants.ENTITY_REFERENCE
                            ? "entity references are not allowed (external entities are never resolved)" : DOCTYPE_REFUSED));
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    boolean atom = ATOM.equals(reader.getNamespaceURI());
                    String name = reader.getLocalName();
                    if (depth == 1) {
                        if (!atom || !name.equals("feed")) {
                            return DraftList.failed(RecordProblem.body("expected an Atom feed (<feed xmlns=\"" + ATOM + "\">), got <"
                                    + PaperValidator.echo(name) + ">" + (reader.getNamespaceURI() == null || reader.getNamespaceURI().isEmpty()
                                    ? " without namespace" : " in namespace " + PaperValidator.echo(reader.getNamespaceURI()))));
                        }
                    } else if (depth == 2 && atom && name.equals("entry")) {
                        entry = new Entry(++entries, reader.getLocation().getLineNumber());
                    } else if (entry != null && depth == 3 && atom) {
                        switch (name) {
                            case "id", "title", "summary", "published", "updated" -> {
                                capturing = name;
                                captureDepth = depth;
                                captured.setLength(0);
                            }
                            case "author" -> inAuthor = true;
                            case "link" -> {
                                String rel = reader.getAttributeValue(null, "rel");
                                String href = reader.getAttributeValue(null, "href");
                                if (entry.alternate == null && href != null && (rel == null || rel.equals("alternate"))) {
                                    entry.alternate = href.strip();
                                }
                            }
                            default -> {
                            }
                        }
                    } else if (entry != null && inAuthor && depth == 4 && atom && name.equals("name")) {
                        capturing = "author";
                        captureDepth = depth;
                        captured.setLength(0);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (capturing != null) {
                        captured.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (capturing != null && depth == captureDepth) {
                        store(entry, capturing, captured.toString());
                        capturing = null;
                    } else if (entry != null && depth == 3 && "author".equals(reader.getLocalName())) {
                        inAuthor = false;
                    } else if (entry != null && depth == 2) {
                        drafts.add(draft(entry));
                        entry = null;
                    }
                    depth--;
                }
                default -> {
                }
            }
        }
        return new DraftList(List.of(), drafts);
    }

    private static void store(Entry entry, String field, String value) {
        switch (field) {
            case "id" -> entry.id = entry.id == null ? value.strip() : entry.id;
            case "title" -> entry.title = entry.title == null ? value : entry.title;
            case "summary" -> entry.summary = entry.summary == null ? value : entry.summary;
            case "published" -> entry.published = value;
            case "updated" -> entry.updated = value;
            case "author" -> entry.authors.add(value);
            default -> throw new IllegalStateException("not captured: " + field);
        }
    }

    private static PaperDraft draft(Entry entry) {
        if (entry.id != null && entry.id.startsWith(ARXIV_ERROR_ID)) {
            return PaperDraft.broken(entry.location, "arXiv reported an error: "
                    + PaperValidator.echo(TrendingTextParser.clean(entry.summary == null ? "(no message)" : entry.summary)));
        }
        List<RecordProblem> problems = new ArrayList<>();
        if (entry.title == null) {
            problems.add(new RecordProblem(entry.location, "no <title>"));
        }
        if (entry.summary == null) {
            problems.add(new RecordProblem(entry.location, "no <summary>; papergraph extracts from title and abstract"));
        }
        Integer year = null;
        String date = entry.published != null ? entry.published : entry.updated;
        if (date != null) {
            Matcher m = YEAR.matcher(date);
            if (m.matches()) {
                year = Integer.valueOf(m.group(1));
            } else {
                problems.add(new RecordProblem(entry.location, "date '" + PaperValidator.echo(date.strip()) + "' is not an Atom date such as 2024-01-03T00:00:00Z"));
            }
        }
        return new PaperDraft(entry.location, null, entry.title, entry.summary, url(entry), year, entry.authors, problems);
    }

    private static String url(Entry entry) {
        String url = entry.alternate != null ? entry.alternate
                : entry.id != null && entry.id.matches("(?i)https?://\\S+") ? entry.id : null;
        if (url == null) {
            return null;
        }
        Matcher arxiv = ARXIV_ABS.matcher(url);
        return arxiv.matches() ? "https://arxiv.org/abs/" + arxiv.group(1) : url;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was opened that needs closing: the input is a string
            }
        }
    }
}
