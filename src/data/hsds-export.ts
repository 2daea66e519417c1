// lms resources → Open Referral HSDS 3.0 organizations, each with one service.
// Facts HSDS has no field for travel in x_lms_* extension fields, so an export
// loads back (lms --data) without loss.
import type { Resource, Vocabularies } from '../model.js';
import { hsdsId } from './hsds-ids.js';
import { TYPE_TAXONOMY } from './hsds-taxonomy.js';

const SERVICE_STATUS = { active: 'active', unknown: 'inactive', merged: 'defunct', closed: 'defunct' } as const;

function phonesOf(r: Resource, serviceId: string) {
  return r.phones.map((p, i) => ({
    id: hsdsId('phone', r.id, String(i)),
    service_id: serviceId,
    number: p.e164,
    type: 'voice',
    description: p.label,
    x_lms_display: p.display,
    x_lms_e164: p.e164,
    x_lms_confidence: p.confidence,
    ...(p.note ? { x_lms_note: p.note } : {}),
  }));
}

function serviceAreasOf(r: Resource, serviceId: string, vocabularies: Vocabularies) {
  return r.regions.map((regionId) => {
    const region = vocabularies.regions.find((g) => g.id === regionId);
    return {
      id: hsdsId('service_area', r.id, regionId),
      service_id: serviceId,
      name: region?.name ?? regionId,
      description: region?.description ?? null,
      extent: region?.countryCode ?? region?.subdivisionCode ?? region?.name ?? regionId,
      extent_type: 'text',
      x_lms_region: regionId,
    };
  });
}

function attributesOf(r: Resource, serviceId: string, vocabularies: Vocabularies) {
  return r.types.map((typeId) => {
    const type = vocabularies.types.find((t) => t.id === typeId);
    const termId = hsdsId('taxonomy_term', typeId);
    return {
      id: hsdsId('attribute', r.id, typeId),
      link_id: serviceId,
      link_type: 'service_type',
      link_entity: 'service',
      taxonomy_term_id: termId,
      taxonomy_term: { id: termId, code: typeId, name: type?.name ?? typeId, description: type?.description ?? typeId, taxonomy: TYPE_TAXONOMY },
    };
  });
}

/** Each location as an HSDS location, with its coordinates and physical address; the lms location travels whole beside them. */
function locationsOf(r: Resource, organizationId: string) {
  return r.locations.map((l, i) => {
    const id = hsdsId('location', r.id, String(i));
    const [first, ...rest] = l.address?.lines ?? [];
    return {
      id,
      location_type: 'physical',
      organization_id: organizationId,
      ...(l.name ? { name: l.name } : {}),
      ...(l.role ? { description: l.role } : {}),
      ...(l.coordinates ? { latitude: l.coordinates.latitude, longitude: l.coordinates.longitude } : {}),
      // HSDS requires every part of an address; a part lms has no source for is empty, not guessed.
      addresses:
        l.city === undefined && first === undefined
          ? []
          : [
              {
                id: hsdsId('address', r.id, String(i)),
                location_id: id,
                address_1: first ?? '',
                ...(rest.length > 0 ? { address_2: rest.join(', ') } : {}),
                city: l.city ?? '',
                state_province: l.area ?? '',
                postal_code: l.address?.postcode ?? '',
                country: l.country,
                address_type: 'physical',
              },
            ],
      phones: (l.phones ?? []).map((p, j) => ({ id: hsdsId('phone', r.id, `location-${i}-${j}`), location_id: id, number: p.e164, type: 'voice', description: p.label })),
      x_lms_location: l,
    };
  });
}

export function toHsdsOrganization(r: Resource, vocabularies: Vocabularies) {
  const organizationId = hsdsId('organization', r.id);
  const serviceId = hsdsId('service', r.id);
  const locations = locationsOf(r, organizationId);
  const website = r.websites[0]?.url;
  return {
    id: organizationId,
    name: r.name,
    ...(r.aliases[0] ? { alternate_name: r.aliases[0] } : {}),
    description: r.description,
    ...(website ? { website } : {}),
    ...(locations.length > 0 ? { locations } : {}),
    services: [
      {
        id: serviceId,
        organization_id: organizationId,
        name: r.name,
        description: r.description,
        ...(website ? { url: website } : {}),
        status: SERVICE_STATUS[r.status],
        ...(r.verification.checked ? { assured_date: r.verification.checked } : {}),
        phones: phonesOf(r, serviceId),
        service_areas: serviceAreasOf(r, serviceId, vocabularies),
        attributes: attributesOf(r, serviceId, vocabularies),
        ...(locations.length > 0
          ? { service_at_locations: locations.map((l, i) => ({ id: hsdsId('service_at_location', r.id, String(i)), service_id: serviceId, location_id: l.id })) }
          : {}),
        x_lms_status: r.status,
        x_lms_websites: r.websites,
      },
    ],
    x_lms_id: r.id,
    x_lms_aliases: r.aliases,
    x_lms_former_names: r.formerNames,
    x_lms_origin: r.origin,
    x_lms_sources: r.sources,
    x_lms_gaps: r.gaps,
    x_lms_addresses: r.addresses,
    ...(r.services.length > 0 ? { x_lms_services: r.services } : {}),
    ...(r.standing.length > 0 ? { x_lms_standing: r.standing } : {}),
    ...(r.offers?.length ? { x_lms_offers: r.offers } : {}),
    x_lms_as_listed: r.asListed,
    ...(r.successor ? { x_lms_successor: r.successor } : {}),
    x_lms_verification: r.verification,
  };
}

/** The whole list as an HSDS organization package (a JSON array of organizations). */
export function toHsds(resources: readonly Resource[], vocabularies: Vocabularies) {
  return resources.map((r) => toHsdsOrganization(r, vocabularies));
}
