package tr.bel.izmir.bizizmir.modeling;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A structured diff of two versions of a BPMN or DMN file: elements (by id) added, removed or
 * changed, and for a changed element every property that differs: attributes, extension elements
 * (listeners, input/output, properties), conditions, timers, table rows, and its place in the
 * diagram. Namespaces are compared by URI, so prefixes and formatting do not count.
 */
public final class ModelDiff {

    public enum Type { ADDED, REMOVED, CHANGED }

    public record PropertyChange(String property, String before, String after) {
    }

    public record Change(Type type, String elementId, String elementType, String name, List<PropertyChange> properties) {
    }

    /** The property under which an element's shape or edge in the diagram is compared. */
    public static final String LAYOUT = "(diagram)";

    private static final Map<String, String> PREFIXES = Map.of(
            "http://www.omg.org/spec/BPMN/20100524/MODEL", "bpmn",
            "http://camunda.org/schema/1.0/bpmn", "camunda",
            "http://camunda.org/schema/1.0/dmn", "camunda",
            "https://www.omg.org/spec/DMN/20191111/MODEL/", "dmn",
            "http://www.omg.org/spec/DMN/20151101/dmn.xsd", "dmn");

    /** Attribute values that BPMN 2.0 and Camunda imply when the attribute is absent. */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("isInterrupting", "true"), Map.entry("cancelActivity", "true"),
            Map.entry("parallelMultiple", "false"), Map.entry("isForCompensation", "false"),
            Map.entry("triggeredByEvent", "false"), Map.entry("isSequential", "false"),
            Map.entry("startQuantity", "1"), Map.entry("completionQuantity", "1"),
            Map.entry("instantiate", "false"), Map.entry("isClosed", "false"),
            Map.entry("gatewayDirection", "Unspecified"), Map.entry("eventGatewayType", "Exclusive"),
            Map.entry("isImmediate", "false"), Map.entry("camunda:exclusive", "true"),
            Map.entry("camunda:asyncBefore", "false"), Map.entry("camunda:asyncAfter", "false"));

    private ModelDiff() {
    }

    private record Info(String type, String name, Map<String, String> properties) {
    }

    public static List<Change> compare(byte[] older, byte[] newer) {
        Map<String, Info> a = index(parse(older));
        Map<String, Info> b = index(parse(newer));
        List<Change> changes = new ArrayList<>();
        for (var e : a.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                changes.add(new Change(Type.REMOVED, e.getKey(), e.getValue().type(), e.getValue().name(), List.of()));
            }
        }
        for (var e : b.entrySet()) {
            Info before = a.get(e.getKey());
            Info after = e.getValue();
            if (before == null) {
                changes.add(new Change(Type.ADDED, e.getKey(), after.type(), after.name(), List.of()));
                continue;
            }
            List<PropertyChange> props = new ArrayList<>();
            var keys = new TreeSet<>(before.properties().keySet());
            keys.addAll(after.properties().keySet());
            for (String k : keys) {
                String x = before.properties().get(k);
                String y = after.properties().get(k);
                if (!Objects.equals(x, y)) {
                    props.add(new PropertyChange(k, x, y));
                }
            }
            if (!props.isEmpty()) {
                changes.add(new Change(Type.CHANGED, e.getKey(), after.type(), after.name(), props));
            }
        }
        changes.sort((x, y) -> x.type() != y.type() ? x.type().compareTo(y.type()) : x.elementId().compareTo(y.elementId()));
        return changes;
    }

    private static Document parse(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static boolean isDiagram(Element e) {
        String ns = String.valueOf(e.getNamespaceURI());
        return ns.contains("DI") || ns.contains("/DD/");
    }

    private static Map<String, Info> index(Document doc) {
        Map<String, Info> result = new TreeMap<>();
        Map<String, String> layout = new HashMap<>();
        collect(doc.getDocumentElement(), result, layout);
        layout.forEach((id, l) -> {
            Info info = result.get(id);
            if (info != null) {
                info.properties().put(LAYOUT, l);
            }
        });
        return result;
    }

    private static void collect(Element e, Map<String, Info> result, Map<String, String> layout) {
        if (isDiagram(e)) {
            String ref = e.hasAttribute("bpmnElement") ? e.getAttribute("bpmnElement")
                    : e.hasAttribute("dmnElementRef") ? e.getAttribute("dmnElementRef") : null;
            if (ref != null && !"BPMNPlane".equals(e.getLocalName())) {
                layout.put(ref, geometry(e));
            }
        } else if (e.hasAttribute("id")) {
            Map<String, String> props = new TreeMap<>();
            flatten(e, "", props);
            result.put(e.getAttribute("id"), new Info(qname(e), e.getAttribute("name"), props));
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collect(child, result, layout);
            }
        }
    }

    /** Attributes and id-less descendants of an element, as path → value. */
    private static void flatten(Element e, String path, Map<String, String> props) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI()) || (path.isEmpty() && "id".equals(a.getName()))) {
                continue;
            }
            if (a.getValue().equals(DEFAULTS.get(qname(a)))) {
                // A value the schema implies anyway: bpmn-js leaves it out when it saves.
                continue;
            }
            props.put(path + "@" + qname(a), a.getValue());
        }
        StringBuilder text = new StringBuilder();
        Map<String, Integer> seen = new HashMap<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            } else if (n instanceof Element child && !isDiagram(child)) {
                String name = qname(child);
                if (child.hasAttribute("id")) {
                    continue;
                }
                int index = seen.merge(name, 1, Integer::sum);
                String childPath = (path.isEmpty() ? "" : path + "/") + name + (index > 1 ? "[" + index + "]" : "");
                // A nested element with an id of its own (a task in a process, a rule in a table) is
                // compared on its own.
                if (!child.hasAttribute("id")) {
                    flatten(child, childPath, props);
                }
            }
        }
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            props.put(path.isEmpty() ? "(text)" : path, t);
        }
    }

    private static String geometry(Element e) {
        StringBuilder s = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && ("Bounds".equals(c.getLocalName()) || "waypoint".equals(c.getLocalName()))) {
                s.append(s.isEmpty() ? "" : " ").append(c.getLocalName()).append('(');
                for (String k : List.of("x", "y", "width", "height")) {
                    if (c.hasAttribute(k)) {
                        s.append(k).append('=').append(number(c.getAttribute(k))).append(',');
                    }
                }
                s.setLength(s.length() - 1);
                s.append(')');
            }
        }
        return s.toString();
    }

    /** "100.0" and "100" are the same coordinate (Camunda's builder writes one, bpmn-js the other). */
    private static String number(String value) {
        try {
            return new java.math.BigDecimal(value.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String qname(Node n) {
        String local = n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
        String ns = n.getNamespaceURI();
        if (ns == null || (n instanceof Attr)) {
            return ns == null ? local : PREFIXES.getOrDefault(ns, ns) + ":" + local;
        }
        String prefix = PREFIXES.get(ns);
        return prefix == null || prefix.equals("bpmn") || prefix.equals("dmn") ? local : prefix + ":" + local;
    }
}
