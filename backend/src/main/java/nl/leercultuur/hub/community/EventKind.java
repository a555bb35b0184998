package nl.leercultuur.hub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The kind of event: the Expeditie Leercultuur demo day, a webinar, or a meeting")
public enum EventKind {
    DEMO_DAY, WEBINAR, MEETING
}
