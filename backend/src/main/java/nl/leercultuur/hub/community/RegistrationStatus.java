package nl.leercultuur.hub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "REGISTERED: you have a seat; WAITING: on the waiting list, moved up when a seat comes free")
public enum RegistrationStatus {
    REGISTERED, WAITING
}
