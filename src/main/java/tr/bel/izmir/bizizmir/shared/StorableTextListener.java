package tr.bel.izmir.bizizmir.shared;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import org.hibernate.Hibernate;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks every text field of every entity against {@link StorableText} before it is inserted
 * or updated: the one place all submitted text passes, whichever Vaadin form or service it
 * came through. Registered for all entities in {@code META-INF/orm.xml}. A refusal is an
 * {@link StorableText.Invalid} thrown out of the service call, so its transaction rolls back
 * and the form shows the translated message; nothing reaches PostgreSQL.
 *
 * <p>Checked: {@code String} fields, and the strings in initialised collections and maps of
 * strings (an uninitialised lazy collection was not changed, and touching it during a flush
 * would load it).
 */
public class StorableTextListener {

    private static final ClassValue<List<Field>> TEXT_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    boolean text = f.getType() == String.class || Collection.class.isAssignableFrom(f.getType())
                            || Map.class.isAssignableFrom(f.getType());
                    if (text && !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                            && !f.isAnnotationPresent(Transient.class)) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    @PrePersist
    @PreUpdate
    void check(Object entity) {
        for (Field field : TEXT_FIELDS.get(entity.getClass())) {
            Object value;
            try {
                value = field.get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            String name = field.getName();
            if (value instanceof String text) {
                StorableText.requireInForm(name, text);
            } else if (value instanceof Collection<?> items && Hibernate.isInitialized(items)) {
                for (Object item : items) {
                    if (item instanceof String text) {
                        StorableText.requireInForm(name, text);
                    }
                }
            } else if (value instanceof Map<?, ?> map && Hibernate.isInitialized(map)) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (e.getKey() instanceof String key) {
                        StorableText.requireInForm(name, key);
                    }
                    if (e.getValue() instanceof String text) {
                        StorableText.requireInForm(name, text);
                    }
                }
            }
        }
    }
}
