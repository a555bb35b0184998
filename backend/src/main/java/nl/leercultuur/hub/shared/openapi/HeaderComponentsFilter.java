package nl.leercultuur.hub.shared.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The response headers that operations refer to ({@code @Header(ref = "ETag")}), declared once. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class HeaderComponentsFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addHeader("ETag", OASFactory.createHeader()
                .description("The version of the resource as a strong entity tag, e.g. \"3\": send it as If-Match when "
                        + "you change the resource, or as If-None-Match to get 304 when it has not changed")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)));
        openAPI.getComponents().addHeader("Location", OASFactory.createHeader()
                .description("The URL of the created resource")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2000)));
    }
}
