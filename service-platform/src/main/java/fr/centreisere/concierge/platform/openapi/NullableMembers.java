package fr.centreisere.concierge.platform.openapi;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A member that may be {@code null} in an answer is described as such: every record component or field of a
 * body whose type is JSpecify's {@code @Nullable} (every package is {@code @NullMarked}: what is not so marked
 * is never null) gets {@code "null"} among its types (OpenAPI 3.1), or, for a reference to another schema,
 * {@code oneOf} that schema and {@code null}. swagger-core reads declaration annotations only, and JSpecify's
 * are type annotations: it would describe such a member as never null.
 */
class NullableMembers implements ModelConverter {

    @Override
    public @Nullable Schema resolve(io.swagger.v3.core.converter.AnnotatedType type, ModelConverterContext context,
            Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) return null;
        Schema resolved = chain.next().resolve(type, context, chain);
        if (resolved == null || type.getType() == null) return resolved;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (raw == null || raw.isPrimitive() || raw.getName().startsWith("java.")) return resolved;
        Set<String> nullable = nullableMembers(raw);
        if (nullable.isEmpty()) return resolved;
        String ref = resolved.get$ref();
        String name = ref != null ? ref.substring(ref.lastIndexOf('/') + 1) : resolved.getName();
        if (ref == null) mark(resolved, nullable);
        if (name != null) mark(context.getDefinedModels().get(name), nullable);
        return resolved;
    }

    private static void mark(@Nullable Schema model, Set<String> nullable) {
        Map<String, Schema> properties = model == null ? null : model.getProperties();
        if (properties == null) return;
        for (String name : nullable) {
            Schema property = properties.get(name);
            if (property != null) properties.put(name, nullable(property));
        }
    }

    /** The names of the members of this body's class that may be null. */
    static Set<String> nullableMembers(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (marked(component, component.getAnnotatedType())) names.add(component.getName());
            }
            return names;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && marked(field, field.getAnnotatedType())) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    private static boolean marked(AnnotatedElement member, AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class) || member.isAnnotationPresent(Nullable.class);
    }

    @SuppressWarnings("unchecked")
    static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            if (property.getOneOf() != null) return property;
            return new JsonSchema().oneOf(List.of(property, new JsonSchema().typesItem("null")));
        }
        Set<String> types = property.getTypes();
        if (types != null && !types.isEmpty()) {
            property.addType("null");
        } else if (property.getType() != null) {
            property.setTypes(new LinkedHashSet<>(List.of(property.getType(), "null")));
        } else if (property.getOneOf() == null && property.getAllOf() != null) {
            return new JsonSchema().oneOf(List.of(property, new JsonSchema().typesItem("null")));
        }
        return property;
    }
}
