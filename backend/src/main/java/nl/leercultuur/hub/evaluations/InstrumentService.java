package nl.leercultuur.hub.evaluations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.leercultuur.hub.evaluations.dto.InstrumentDto;
import nl.leercultuur.hub.evaluations.dto.InstrumentPage;
import nl.leercultuur.hub.evaluations.dto.InstrumentRequest;
import nl.leercultuur.hub.shared.error.ApiException;
import nl.leercultuur.hub.shared.error.Problem;
import nl.leercultuur.hub.shared.i18n.RequestLanguage;
import nl.leercultuur.hub.shared.paging.PageRequest;
import nl.leercultuur.hub.shared.security.Actor;
import nl.leercultuur.hub.shared.security.CurrentUser;

/** The questionnaires: public to read; staff add an instrument or a new version of one (versions never change). */
@ApplicationScoped
public class InstrumentService {

    /** The Hub's own questionnaire (V14__default_instrument.sql): the default for a new measurement. */
    public static final String DEFAULT_CODE = "leercultuur";

    @Inject
    InstrumentRepository instruments;

    @Inject
    EvaluationAccessPolicy policy;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    /** Every instrument version, by code and newest version first. */
    @Transactional
    public InstrumentPage list(PageRequest page) {
        var query = instruments.find("order by code, versionNumber desc, id").page(page.page(), page.size());
        long total = query.count();
        List<Instrument> list = query.list();
        // the newest version per code of this page, in one query
        java.util.Map<String, Integer> latest = new java.util.HashMap<>();
        if (!list.isEmpty()) {
            instruments.getEntityManager().createQuery("select i.code, max(i.versionNumber) from Instrument i where i.code in :codes group by i.code",
                    Object[].class).setParameter("codes", list.stream().map(i -> i.code).distinct().toList()).getResultList()
                    .forEach(row -> latest.put((String) row[0], (Integer) row[1]));
        }
        return new InstrumentPage(list.stream().map(i -> EvaluationMapper.toDto(i, latest.getOrDefault(i.code, 0) == i.versionNumber)).toList(),
                page.page(), page.size(), total, page.totalPages(total));
    }

    @Transactional
    public InstrumentDto get(UUID id) {
        Instrument instrument = find(id);
        return EvaluationMapper.toDto(instrument, isLatest(instrument));
    }

    /** The entity (404 when there is none), for the other services of this feature. */
    Instrument find(UUID id) {
        return instruments.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("instrument", id));
    }

    /** The newest version of the Hub's own questionnaire. */
    Instrument defaultInstrument() {
        return instruments.find("code = ?1 order by versionNumber desc", DEFAULT_CODE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("instrument", DEFAULT_CODE));
    }

    /** A new instrument, or the next version of an existing code. */
    @Transactional
    public InstrumentDto create(InstrumentRequest request) {
        Actor actor = user.actor();
        if (!policy.canManageInstruments(actor)) {
            throw ApiException.forbidden("hub.instrument.staff-only");
        }
        validate(request);
        Instrument instrument = new Instrument();
        instrument.id = UUID.randomUUID();
        instrument.code = request.code();
        instrument.versionNumber = instruments.latestVersion(request.code()) + 1;
        instrument.nameNl = request.nameNl().strip();
        instrument.nameEn = request.nameEn().strip();
        instrument.descriptionNl = request.descriptionNl().strip();
        instrument.descriptionEn = request.descriptionEn().strip();
        int position = 0;
        for (InstrumentRequest.DimensionRequest d : request.dimensions()) {
            InstrumentDimension dimension = new InstrumentDimension();
            dimension.code = d.code();
            dimension.position = ++position;
            dimension.labelNl = d.labelNl().strip();
            dimension.labelEn = d.labelEn().strip();
            instrument.dimensions.add(dimension);
        }
        position = 0;
        for (InstrumentRequest.ItemRequest i : request.items()) {
            InstrumentItem item = new InstrumentItem();
            item.code = i.code();
            item.dimensionCode = i.dimension();
            item.position = ++position;
            item.textNl = i.textNl().strip();
            item.textEn = i.textEn().strip();
            item.reverseScored = i.reverseScored();
            instrument.items.add(item);
        }
        instrument.createdBy(actor);
        instruments.persist(instrument);
        instruments.flush();
        return EvaluationMapper.toDto(instrument, true);
    }

    /** Codes unique; every item in a known dimension; every dimension with at least one item. */
    private void validate(InstrumentRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> dimensions = new HashSet<>();
        for (int i = 0; i < request.dimensions().size(); i++) {
            if (!dimensions.add(request.dimensions().get(i).code())) {
                errors.add(new Problem.FieldError("dimensions[" + i + "].code", language.get("hub.instrument.code.twice")));
            }
        }
        Set<String> items = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            InstrumentRequest.ItemRequest item = request.items().get(i);
            if (!items.add(item.code())) {
                errors.add(new Problem.FieldError("items[" + i + "].code", language.get("hub.instrument.code.twice")));
            }
            if (!dimensions.contains(item.dimension())) {
                errors.add(new Problem.FieldError("items[" + i + "].dimension", language.get("hub.instrument.dimension.unknown", item.dimension())));
            }
            used.add(item.dimension());
        }
        for (int i = 0; i < request.dimensions().size(); i++) {
            if (!used.contains(request.dimensions().get(i).code())) {
                errors.add(new Problem.FieldError("dimensions[" + i + "]", language.get("hub.instrument.dimension.empty")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private boolean isLatest(Instrument instrument) {
        return instruments.latestVersion(instrument.code) == instrument.versionNumber;
    }
}
