package nl.leercultuur.hub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Number of employees: MICRO 1–9, SMALL 10–49, MEDIUM 50–249, LARGE 250 or more (the EU SME classes)")
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE
}
