package nl.leercultuur.hub.evaluations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A statement respondents rate from 1 (strongly disagree) to 5 (strongly agree); reverse-scored items count 6 − score. */
@Embeddable
public class InstrumentItem {

    @Column(nullable = false, length = 60)
    public String code;

    @Column(name = "dimension_code", nullable = false, length = 60)
    public String dimensionCode;

    @Column(nullable = false)
    public int position;

    @Column(name = "text_nl", nullable = false, length = 300)
    public String textNl;

    @Column(name = "text_en", nullable = false, length = 300)
    public String textEn;

    @Column(name = "reverse_scored", nullable = false)
    public boolean reverseScored;
}
