package nl.leercultuur.hub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One of the twelve Dutch provinces")
public enum Province {
    GRONINGEN, FRIESLAND, DRENTHE, OVERIJSSEL, FLEVOLAND, GELDERLAND, UTRECHT, NOORD_HOLLAND, ZUID_HOLLAND, ZEELAND,
    NOORD_BRABANT, LIMBURG
}
