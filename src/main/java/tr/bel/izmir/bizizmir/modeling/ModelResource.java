package tr.bel.izmir.bizizmir.modeling;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One file of a deployment: a BPMN process, a DMN decision or a Camunda Form, under the resource
 * name it is deployed with ({@code processes/X.bpmn}, {@code forms/X.form}; DD002). The bytes are
 * deployed and exported unchanged.
 */
public record ModelResource(String name, byte[] bytes) {

    public enum Kind { BPMN, DMN, FORM, OTHER }

    public ModelResource {
        bytes = bytes.clone();
    }

    public static ModelResource of(String name, String content) {
        return new ModelResource(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public Kind kind() {
        return kindOf(name);
    }

    public static Kind kindOf(String resourceName) {
        String n = resourceName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".bpmn") || n.endsWith(".bpmn20.xml")) {
            return Kind.BPMN;
        }
        if (n.endsWith(".dmn") || n.endsWith(".dmn11.xml")) {
            return Kind.DMN;
        }
        if (n.endsWith(".form")) {
            return Kind.FORM;
        }
        return Kind.OTHER;
    }
}
