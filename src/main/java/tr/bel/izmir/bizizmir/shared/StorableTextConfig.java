package tr.bel.izmir.bizizmir.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.io.IOException;

/**
 * {@link StorableText} at the door of the REST API: every string of a JSON body (Spring Boot
 * adds this module to the application's ObjectMapper) and every request parameter, path
 * variable or header bound to a string. A refusal answers 400 with a translated problem
 * detail naming the field (see ApiErrorHandler), before any service runs.
 */
@Configuration(proxyBeanMethods = false)
class StorableTextConfig {

    @Bean
    Module storableTextModule() {
        return new SimpleModule("storable-text").addDeserializer(String.class, new CheckedStrings())
                .addKeyDeserializer(String.class, new CheckedKeys());
    }

    private static String field(JsonParser p) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        return pointer.isEmpty() ? "-" : pointer.substring(1);
    }

    /** Keys of maps with string keys: as stored as their values. */
    static final class CheckedKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            if (StorableText.firstInvalid(key) >= 0) {
                StorableText.require(field(ctxt.getParser()), key);
            }
            return key;
        }
    }

    /** Jackson's own string reading, then the rule; the field is named by its JSON pointer. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && StorableText.firstInvalid(value) >= 0) {
                StorableText.require(field(p), value);
            }
            return value;
        }
    }

    /** Request parameters, path variables and headers bound to a string, named as in the request. */
    @ControllerAdvice(basePackages = "tr.bel.izmir.bizizmir")
    static class Parameters {

        @InitBinder
        void checkStrings(WebDataBinder binder) {
            String name = binder.getObjectName();
            binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
                @Override
                public void setAsText(String text) {
                    setValue(StorableText.require(name, text));
                }
            });
        }
    }
}
