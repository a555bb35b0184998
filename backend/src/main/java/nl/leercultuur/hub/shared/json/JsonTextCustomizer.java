package nl.leercultuur.hub.shared.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import nl.leercultuur.hub.shared.web.ControlCharacters;

/**
 * Every text in a JSON body is checked for control characters while it is read, so that the 400 names the field
 * ({@code title}, {@code authors[2]}) and nothing reaches the database.
 */
@Singleton
public class JsonTextCustomizer implements ObjectMapperCustomizer {

    /** A text with control characters in a JSON body; answered 400 with the field's path. */
    public static class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser parser, String value) {
            super(parser, "text contains control characters", value, String.class);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("hub-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (ControlCharacters.contains(value)) {
                    throw new ControlCharacterException(parser, value);
                }
                return value;
            }
        }));
    }
}
