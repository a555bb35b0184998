package nl.leercultuur.hub.evaluations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A dimension of an instrument (e.g. sharing knowledge), scored as the mean of its items. */
@Embeddable
public class InstrumentDimension {

    @Column(nullable = false, length = 60)
    public String code;

    @Column(nullable = false)
    public int position;

    @Column(name = "label_nl", nullable = false, length = 200)
    public String labelNl;

    @Column(name = "label_en", nullable = false, length = 200)
    public String labelEn;
}
