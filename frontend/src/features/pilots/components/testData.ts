/** Test data of the pilots feature (only imported by its tests). */
export const PILOT = {
  id: 'p1', title: 'Intervisie voor voormannen',
  interventionType: { code: 'intervisie', labelNl: 'Intercollegiaal leren en intervisie', labelEn: 'Peer learning and intervision' },
  intervention: 'Elke maand intervisie.', goal: 'Leren van elkaars aanpak.',
  organizations: [{ organizationId: 'o1', name: 'Bakkerij Jansen B.V.', role: 'EXECUTING' },
    { organizationId: 'o2', name: 'ROC Midden', role: 'EDUCATION_PARTNER' }],
  contact: { memberId: 'm1', name: 'Bram Jansen' }, startsOn: '2027-02-01', endsOn: '2027-07-01',
  costTotal: 1800, participantCount: 12, costPerParticipant: 150,
  knowledgeItems: [{ id: 'k1', slug: 'x', title: 'Leren op de werkvloer', type: 'RESEARCH' }],
  status: 'IDEA', evaluationPublished: false, allowedActions: ['UPDATE', 'CHANGE_STATUS', 'JOURNAL'],
  allowedTransitions: ['PREPARING', 'STOPPED'], createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z', version: 3,
};

export const TYPES = { items: [{ code: 'intervisie', labelNl: 'Intercollegiaal leren en intervisie', labelEn: 'Peer learning and intervision',
  descriptionNl: 'x', descriptionEn: 'x', ingredientsNl: [], ingredientsEn: [], createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z', version: 0 }, { code: 'mentoring', labelNl: 'Mentoring', labelEn: 'Mentoring', descriptionNl: 'x',
  descriptionEn: 'x', ingredientsNl: [], ingredientsEn: [], createdAt: '2026-11-28T10:00:00Z', updatedAt: '2026-11-28T10:00:00Z',
  version: 0 }], page: 0, size: 100, totalItems: 2, totalPages: 1 };

export const ORGANIZATIONS = { items: [{ id: 'o1', name: 'Bakkerij Jansen B.V.' }, { id: 'o2', name: 'ROC Midden' },
  { id: 'o3', name: 'Opleidingsfonds Bouw' }], page: 0, size: 100, totalItems: 3, totalPages: 1 };

export const page = (items: unknown[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 });
