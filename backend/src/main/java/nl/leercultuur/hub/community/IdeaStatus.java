package nl.leercultuur.hub.community;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an idea stands: new, being worked on, adopted by the programme, or declined (with the reason in the answer)")
public enum IdeaStatus {
    NEW, IN_PROGRESS, ADOPTED, DECLINED
}
