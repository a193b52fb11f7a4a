/**
 * Demo skill taxonomy for the Zuidoost-Brabant (Brainport Eindhoven) region, modelled on ESCO:
 * preferred and alternative labels in Dutch and English, a skill type, a skill group and an
 * optional broader (more general) skill. Keys are stable: they end up in URIs
 * (`urn:overstap:skill:<key>`), so never rename one.
 *
 * Technical and production skills live here; services, care, education, languages and
 * transversal skills live in `skills-more.ts`. Both are combined in `skills` below.
 */
import { serviceSkills } from './skills-more';

export type SeedSkillType = 'skill' | 'knowledge' | 'transversal' | 'language';

export interface SeedSkillGroup {
  key: string;
  nl: string;
  en: string;
}

export interface SeedSkill {
  /** kebab-case ASCII, unique and stable (used in URIs: urn:overstap:skill:<key>). */
  key: string;
  /** Preferred labels. */
  nl: string;
  en: string;
  /** Synonyms and alternative labels. */
  altNl?: string[];
  altEn?: string[];
  type: SeedSkillType;
  /** Key of a SeedSkillGroup. */
  group: string;
  /** Key of a broader, more general SeedSkill. */
  broader?: string;
}

export const skillGroups: readonly SeedSkillGroup[] = [
  { key: 'metaalbewerking', nl: 'Metaalbewerking', en: 'Metalworking' },
  { key: 'elektrotechniek', nl: 'Elektrotechniek en automatisering', en: 'Electrical engineering and automation' },
  { key: 'techniek-onderhoud', nl: 'Techniek en onderhoud', en: 'Technical service and maintenance' },
  { key: 'hightech', nl: 'Hightech systemen', en: 'High-tech systems' },
  { key: 'productie', nl: 'Productie en procesoperatie', en: 'Production and process operation' },
  { key: 'voeding', nl: 'Voedingsmiddelenindustrie', en: 'Food production' },
  { key: 'engineering', nl: 'Ontwerp en engineering', en: 'Design and engineering' },
  { key: 'ict', nl: 'ICT en software', en: 'ICT and software' },
  { key: 'data', nl: 'Data en analyse', en: 'Data and analytics' },
  { key: 'automotive', nl: 'Automotive en mobiliteit', en: 'Automotive and mobility' },
  { key: 'logistiek', nl: 'Logistiek en transport', en: 'Logistics and transport' },
  { key: 'inkoop', nl: 'Inkoop en supply chain', en: 'Purchasing and supply chain' },
  { key: 'administratie', nl: 'Administratie en financiën', en: 'Administration and finance' },
  { key: 'verkoop', nl: 'Verkoop en klantcontact', en: 'Sales and customer contact' },
  { key: 'hr', nl: 'HR en personeelszaken', en: 'HR and people management' },
  { key: 'management', nl: 'Management en organisatie', en: 'Management and organisation' },
  { key: 'zorg', nl: 'Zorg en welzijn', en: 'Health care and social care' },
  { key: 'onderwijs', nl: 'Onderwijs en begeleiding', en: 'Education and guidance' },
  { key: 'bouw', nl: 'Bouw en installatie', en: 'Construction and building services' },
  { key: 'horeca-facilitair', nl: 'Horeca en facilitair', en: 'Hospitality and facility services' },
  { key: 'beveiliging', nl: 'Beveiliging en toezicht', en: 'Security and surveillance' },
  { key: 'kwaliteit-veiligheid', nl: 'Kwaliteit, veiligheid en milieu', en: 'Quality, health, safety and environment' },
  { key: 'talen', nl: 'Talen', en: 'Languages' },
  { key: 'transversaal', nl: 'Transversale vaardigheden', en: 'Transversal skills' },
];

const technicalSkills: readonly SeedSkill[] = [
  // Metaalbewerking
  { key: 'lassen', nl: 'lassen', en: 'welding', type: 'skill', group: 'metaalbewerking', altNl: ['laswerk', 'metaal lassen'], altEn: ['welding work'] },
  { key: 'mig-mag-lassen', nl: 'MIG/MAG-lassen', en: 'MIG/MAG welding', type: 'skill', group: 'metaalbewerking', broader: 'lassen', altNl: ['CO2-lassen', 'halfautomatisch lassen'], altEn: ['gas metal arc welding', 'GMAW'] },
  { key: 'tig-lassen', nl: 'TIG-lassen', en: 'TIG welding', type: 'skill', group: 'metaalbewerking', broader: 'lassen', altNl: ['WIG-lassen', 'argonlassen'], altEn: ['gas tungsten arc welding', 'GTAW'] },
  { key: 'elektrodelassen', nl: 'elektrodelassen', en: 'manual metal arc welding', type: 'skill', group: 'metaalbewerking', broader: 'lassen', altNl: ['BMBE-lassen', 'booglassen met beklede elektrode'], altEn: ['stick welding', 'SMAW'] },
  { key: 'orbitaallassen', nl: 'orbitaallassen', en: 'orbital welding', type: 'skill', group: 'metaalbewerking', broader: 'tig-lassen', altNl: ['orbitaal TIG-lassen'], altEn: ['orbital TIG welding'] },
  { key: 'autogeen-lassen-snijden', nl: 'autogeen lassen en snijden', en: 'oxy-fuel welding and cutting', type: 'skill', group: 'metaalbewerking', broader: 'lassen', altNl: ['snijbranden'], altEn: ['flame cutting'] },
  { key: 'puntlassen', nl: 'puntlassen', en: 'spot welding', type: 'skill', group: 'metaalbewerking', broader: 'lassen', altEn: ['resistance spot welding'] },
  { key: 'lasmethodebeschrijvingen', nl: 'lasmethodebeschrijvingen (WPS) toepassen', en: 'applying welding procedure specifications (WPS)', type: 'knowledge', group: 'metaalbewerking', broader: 'lassen', altNl: ['WPS lezen'], altEn: ['WPS'] },
  { key: 'solderen', nl: 'solderen', en: 'soldering', type: 'skill', group: 'metaalbewerking', altNl: ['zachtsolderen', 'hardsolderen'], altEn: ['brazing'] },
  { key: 'verspanen', nl: 'verspanen', en: 'machining', type: 'skill', group: 'metaalbewerking', altNl: ['verspaning', 'verspanende bewerkingen'], altEn: ['metal cutting'] },
  { key: 'cnc-draaien', nl: 'CNC-draaien', en: 'CNC turning', type: 'skill', group: 'metaalbewerking', broader: 'verspanen', altNl: ['CNC-draaibank bedienen'], altEn: ['CNC lathe operation'] },
  { key: 'cnc-frezen', nl: 'CNC-frezen', en: 'CNC milling', type: 'skill', group: 'metaalbewerking', broader: 'verspanen', altNl: ['CNC-freesmachine bedienen', '5-assig frezen'], altEn: ['5-axis milling'] },
  { key: 'conventioneel-draaien', nl: 'conventioneel draaien', en: 'manual turning', type: 'skill', group: 'metaalbewerking', broader: 'verspanen', altNl: ['draaien op een conventionele draaibank'], altEn: ['conventional lathe work'] },
  { key: 'conventioneel-frezen', nl: 'conventioneel frezen', en: 'manual milling', type: 'skill', group: 'metaalbewerking', broader: 'verspanen', altEn: ['conventional milling'] },
  { key: 'slijpen', nl: 'vlak- en rondslijpen', en: 'surface and cylindrical grinding', type: 'skill', group: 'metaalbewerking', broader: 'verspanen', altNl: ['slijpen'], altEn: ['precision grinding'] },
  { key: 'vonkeroderen', nl: 'vonkeroderen', en: 'electrical discharge machining', type: 'skill', group: 'metaalbewerking', broader: 'verspanen', altNl: ['draadvonken', 'zinkvonken'], altEn: ['EDM', 'wire EDM'] },
  { key: 'cnc-programmeren', nl: 'CNC-programmeren', en: 'CNC programming', type: 'skill', group: 'metaalbewerking', altNl: ["CNC-programma's schrijven", 'Heidenhain-programmeren'], altEn: ['G-code programming'] },
  { key: 'cam-programmeren', nl: 'CAM-programmeren', en: 'CAM programming', type: 'skill', group: 'metaalbewerking', broader: 'cnc-programmeren', altNl: ['programmeren met CAM-software'], altEn: ['computer-aided manufacturing'] },
  { key: 'plaatbewerking', nl: 'plaatbewerking', en: 'sheet metal working', type: 'skill', group: 'metaalbewerking', altNl: ['dunne plaat bewerken'], altEn: ['sheet metal fabrication'] },
  { key: 'kanten', nl: 'kanten op de kantbank', en: 'press brake bending', type: 'skill', group: 'metaalbewerking', broader: 'plaatbewerking', altNl: ['zetten', 'kantbank bedienen'], altEn: ['press brake operation'] },
  { key: 'lasersnijden', nl: 'lasersnijden', en: 'laser cutting', type: 'skill', group: 'metaalbewerking', broader: 'plaatbewerking', altNl: ['lasersnijmachine bedienen'] },
  { key: 'ponsen', nl: 'ponsen en knippen', en: 'punching and shearing', type: 'skill', group: 'metaalbewerking', broader: 'plaatbewerking' },
  { key: 'staalconstructies', nl: 'staalconstructies samenstellen', en: 'assembling steel structures', type: 'skill', group: 'metaalbewerking', altNl: ['constructiebankwerk', 'staalbouw'], altEn: ['structural steel fabrication'] },
  { key: 'bankwerken', nl: 'bankwerken', en: 'bench fitting', type: 'skill', group: 'metaalbewerking', altNl: ['bankwerkerij', 'handmatig metaal bewerken'], altEn: ['fitting'] },
  { key: 'meetgereedschap', nl: 'meten met meetgereedschap', en: 'measuring with precision instruments', type: 'skill', group: 'metaalbewerking', altNl: ['meten met schuifmaat en micrometer'], altEn: ['using callipers and micrometers'] },
  { key: 'cmm-meten', nl: '3D-meten met een meetmachine (CMM)', en: 'coordinate measuring (CMM)', type: 'skill', group: 'metaalbewerking', broader: 'meetgereedschap', altNl: ['CMM-meten', '3D-meten'], altEn: ['CMM inspection'] },
  { key: 'matrijzenmaken', nl: 'matrijzen en stempels maken', en: 'tool and die making', type: 'skill', group: 'metaalbewerking', altNl: ['gereedschapmaken', 'mallenmaken'], altEn: ['mould making'] },
  { key: 'oppervlaktebehandeling', nl: 'oppervlaktebehandeling', en: 'surface treatment', type: 'knowledge', group: 'metaalbewerking', altNl: ['coaten', 'galvaniseren'], altEn: ['surface finishing', 'coating'] },
  { key: 'spuiten', nl: 'spuiten en lakken', en: 'spray painting', type: 'skill', group: 'metaalbewerking', broader: 'oppervlaktebehandeling', altNl: ['lakspuiten', 'spuitwerk'], altEn: ['industrial painting'] },
  { key: 'stralen', nl: 'stralen', en: 'abrasive blasting', type: 'skill', group: 'metaalbewerking', broader: 'oppervlaktebehandeling', altNl: ['gritstralen', 'zandstralen'], altEn: ['sandblasting', 'grit blasting'] },
  { key: 'pijpfitten', nl: 'leidingen prefabriceren', en: 'pipe fitting', type: 'skill', group: 'metaalbewerking', broader: 'leidingwerk', altNl: ['pijpfitten', 'industriële leidingbouw'], altEn: ['pipework fabrication'] },
  { key: 'metaalkunde', nl: 'materiaalkennis metalen', en: 'knowledge of metals and alloys', type: 'knowledge', group: 'metaalbewerking', altNl: ['metaalkunde'], altEn: ['metallurgy'] },

  // Elektrotechniek en automatisering
  { key: 'elektrotechnische-installaties-aanleggen', nl: 'elektrotechnische installaties aanleggen', en: 'installing electrical systems', type: 'skill', group: 'elektrotechniek', altNl: ['elektra aanleggen', 'elektrische installaties installeren'], altEn: ['electrical installation work', 'wiring buildings'] },
  { key: 'elektrotechnische-installaties-onderhouden', nl: 'elektrotechnische installaties onderhouden', en: 'maintaining electrical installations', type: 'skill', group: 'elektrotechniek', altNl: ['elektrisch onderhoud'], altEn: ['electrical maintenance'] },
  { key: 'elektrotechnische-schemas-lezen', nl: "elektrotechnische schema's lezen", en: 'reading electrical schematics', type: 'skill', group: 'elektrotechniek', broader: 'technische-tekeningen-lezen', altNl: ["elektroschema's lezen", 'bedradingsschema lezen'], altEn: ['reading wiring diagrams'] },
  { key: 'nen-1010', nl: 'NEN 1010', en: 'NEN 1010 (low-voltage installation standard)', type: 'knowledge', group: 'elektrotechniek', altNl: ['installatievoorschriften laagspanning'], altEn: ['Dutch wiring regulations'] },
  { key: 'nen-3140', nl: 'werken volgens NEN 3140', en: 'working to NEN 3140 (safe operation of electrical installations)', type: 'knowledge', group: 'elektrotechniek', broader: 'veilig-werken', altNl: ['VP/VOP NEN 3140', 'vakbekwaam persoon'], altEn: ['electrical safety rules'] },
  { key: 'kabels-aansluiten', nl: 'kabels trekken en aansluiten', en: 'pulling and terminating cables', type: 'skill', group: 'elektrotechniek', broader: 'elektrotechnische-installaties-aanleggen', altNl: ['bekabelen'], altEn: ['cabling'] },
  { key: 'schakelkasten-bouwen', nl: 'schakelkasten bouwen', en: 'building control panels', type: 'skill', group: 'elektrotechniek', altNl: ['paneelbouw', 'schakelkastenbouw'], altEn: ['panel building', 'control cabinet wiring'] },
  { key: 'elektrische-metingen', nl: 'elektrische metingen uitvoeren', en: 'performing electrical measurements', type: 'skill', group: 'elektrotechniek', altNl: ['meten met een multimeter'], altEn: ['electrical testing'] },
  { key: 'meetapparatuur-elektronica', nl: 'werken met oscilloscoop en meetapparatuur', en: 'using oscilloscopes and test equipment', type: 'skill', group: 'elektrotechniek', broader: 'elektrische-metingen' },
  { key: 'plc-programmeren', nl: 'PLC-programmeren', en: 'PLC programming', type: 'skill', group: 'elektrotechniek', broader: 'industriele-automatisering', altNl: ["PLC's programmeren", 'PLC-software schrijven'], altEn: ['programmable logic controller programming'] },
  { key: 'siemens-tia-portal', nl: 'Siemens TIA Portal', en: 'Siemens TIA Portal', type: 'knowledge', group: 'elektrotechniek', broader: 'plc-programmeren', altNl: ['Step 7'], altEn: ['Step 7'] },
  { key: 'hmi-scada', nl: 'HMI- en SCADA-systemen configureren', en: 'configuring HMI and SCADA systems', type: 'skill', group: 'elektrotechniek', broader: 'industriele-automatisering', altNl: ['procesvisualisatie bouwen'], altEn: ['SCADA'] },
  { key: 'industriele-automatisering', nl: 'industriële automatisering', en: 'industrial automation', type: 'knowledge', group: 'elektrotechniek', altNl: ['procesautomatisering'], altEn: ['factory automation'] },
  { key: 'besturingstechniek', nl: 'besturingstechniek', en: 'control systems technology', type: 'knowledge', group: 'elektrotechniek', broader: 'industriele-automatisering' },
  { key: 'aandrijftechniek', nl: 'aandrijftechniek', en: 'drive technology', type: 'knowledge', group: 'elektrotechniek', altNl: ['frequentieregelaars', 'servoaandrijvingen'], altEn: ['variable frequency drives'] },
  { key: 'motion-control', nl: 'bewegingsbesturing (motion control)', en: 'motion control', type: 'knowledge', group: 'elektrotechniek', broader: 'aandrijftechniek', altNl: ['motion control'], altEn: ['servo control'] },
  { key: 'meet-en-regeltechniek', nl: 'meet- en regeltechniek', en: 'instrumentation and control engineering', type: 'knowledge', group: 'elektrotechniek', altNl: ['instrumentatie', 'MRT'], altEn: ['I&C'] },
  { key: 'robots-programmeren', nl: 'industriële robots programmeren', en: 'programming industrial robots', type: 'skill', group: 'elektrotechniek', broader: 'industriele-automatisering', altNl: ['robotprogrammering', 'cobots instellen'], altEn: ['robot programming'] },
  { key: 'vision-systemen', nl: 'visionsystemen instellen', en: 'setting up machine vision systems', type: 'skill', group: 'elektrotechniek', broader: 'industriele-automatisering', altNl: ['camera-inspectiesystemen'], altEn: ['machine vision'] },
  { key: 'elektronica', nl: 'elektronica', en: 'electronics', type: 'knowledge', group: 'elektrotechniek', altNl: ['elektronische schakelingen'], altEn: ['electronic circuits'] },
  { key: 'printplaten-assembleren', nl: 'printplaten assembleren', en: 'assembling printed circuit boards', type: 'skill', group: 'elektrotechniek', broader: 'elektronica', altNl: ['PCB-assemblage', 'elektronica-assemblage'], altEn: ['PCB assembly'] },
  { key: 'elektronica-repareren', nl: 'elektronische apparatuur testen en repareren', en: 'testing and repairing electronic equipment', type: 'skill', group: 'elektrotechniek', broader: 'elektronica', altNl: ['elektronica repareren'], altEn: ['electronics repair'] },
  { key: 'zonnepanelen-installeren', nl: 'zonnepanelen installeren', en: 'installing solar panels', type: 'skill', group: 'elektrotechniek', broader: 'elektrotechnische-installaties-aanleggen', altNl: ['PV-installaties monteren', 'zonnestroomsystemen installeren'], altEn: ['solar PV installation'] },
  { key: 'laadpalen-installeren', nl: 'laadpalen installeren', en: 'installing EV charging points', type: 'skill', group: 'elektrotechniek', broader: 'elektrotechnische-installaties-aanleggen', altNl: ['laadinfrastructuur aanleggen'], altEn: ['EV charger installation'] },
  { key: 'domotica', nl: 'domotica installeren', en: 'installing home automation', type: 'skill', group: 'elektrotechniek', broader: 'elektrotechnische-installaties-aanleggen', altNl: ['slimme woningtechniek'], altEn: ['smart home installation'] },
  { key: 'middenspanning', nl: 'werken aan middenspanningsinstallaties', en: 'working on medium-voltage installations', type: 'skill', group: 'elektrotechniek', altNl: ['MS-installaties', 'schakelen in middenspanningsstations'], altEn: ['MV switching'] },
  { key: 'kabelmoffen', nl: 'kabelmoffen monteren', en: 'jointing power cables', type: 'skill', group: 'elektrotechniek', broader: 'middenspanning', altNl: ['moffen maken', 'kabellassen'], altEn: ['cable jointing'] },
  { key: 'elektrische-storingen', nl: 'elektrische storingen opsporen', en: 'tracing electrical faults', type: 'skill', group: 'elektrotechniek', broader: 'storingsanalyse', altNl: ['elektrisch storingzoeken'], altEn: ['electrical fault finding'] },
  { key: 'energietransitie', nl: 'kennis van de energietransitie', en: 'knowledge of the energy transition', type: 'knowledge', group: 'elektrotechniek', altNl: ['duurzame energie', 'verduurzaming'], altEn: ['renewable energy'] },
  { key: 'batterijsystemen', nl: 'batterijsystemen en energieopslag', en: 'battery systems and energy storage', type: 'knowledge', group: 'elektrotechniek', altNl: ['accutechniek', 'thuisbatterijen'], altEn: ['battery technology'] },

  // Techniek en onderhoud
  { key: 'storingsanalyse', nl: 'storingsanalyse', en: 'troubleshooting', type: 'skill', group: 'techniek-onderhoud', altNl: ['storingzoeken', 'storingen verhelpen'], altEn: ['fault diagnosis', 'fault analysis'] },
  { key: 'preventief-onderhoud', nl: 'preventief onderhoud uitvoeren', en: 'performing preventive maintenance', type: 'skill', group: 'techniek-onderhoud', altNl: ['gepland onderhoud', 'periodiek onderhoud'], altEn: ['planned maintenance'] },
  { key: 'correctief-onderhoud', nl: 'correctief onderhoud uitvoeren', en: 'performing corrective maintenance', type: 'skill', group: 'techniek-onderhoud', altNl: ['reparaties uitvoeren', 'storingsonderhoud'], altEn: ['breakdown maintenance', 'repairs'] },
  { key: 'predictief-onderhoud', nl: 'voorspellend onderhoud', en: 'predictive maintenance', type: 'skill', group: 'techniek-onderhoud', broader: 'preventief-onderhoud', altNl: ['conditiebewaking', 'predictief onderhoud'], altEn: ['condition monitoring'] },
  { key: 'smeren', nl: 'smeren volgens smeerplan', en: 'lubricating machinery', type: 'skill', group: 'techniek-onderhoud', broader: 'preventief-onderhoud', altNl: ['smeerronde lopen'], altEn: ['lubrication'] },
  { key: 'lagers-vervangen', nl: 'lagers, afdichtingen en aandrijvingen vervangen', en: 'replacing bearings, seals and drives', type: 'skill', group: 'techniek-onderhoud', broader: 'correctief-onderhoud' },
  { key: 'uitlijnen', nl: 'assen en aandrijvingen uitlijnen', en: 'shaft alignment', type: 'skill', group: 'techniek-onderhoud', broader: 'correctief-onderhoud', altNl: ['laseruitlijnen'], altEn: ['laser alignment'] },
  { key: 'hydrauliek', nl: 'hydrauliek', en: 'hydraulics', type: 'knowledge', group: 'techniek-onderhoud', altNl: ['hydraulische systemen'], altEn: ['hydraulic systems'] },
  { key: 'pneumatiek', nl: 'pneumatiek', en: 'pneumatics', type: 'knowledge', group: 'techniek-onderhoud', altNl: ['persluchtsystemen', 'pneumatische systemen'], altEn: ['pneumatic systems'] },
  { key: 'mechanica', nl: 'mechanische systemen monteren en demonteren', en: 'assembling and dismantling mechanical systems', type: 'skill', group: 'techniek-onderhoud', altNl: ['mechanisch monteren'], altEn: ['mechanical fitting'] },
  { key: 'mechatronica', nl: 'mechatronica', en: 'mechatronics', type: 'knowledge', group: 'techniek-onderhoud', altNl: ['mechatronische systemen'], altEn: ['mechatronic systems'] },
  { key: 'machines-afstellen', nl: 'machines afstellen en omstellen', en: 'setting up and changing over machines', type: 'skill', group: 'techniek-onderhoud', altNl: ['machine-instelling', 'omstellen'], altEn: ['machine set-up', 'changeover'] },
  { key: 'tpm', nl: 'Total Productive Maintenance (TPM)', en: 'Total Productive Maintenance (TPM)', type: 'knowledge', group: 'techniek-onderhoud', broader: 'preventief-onderhoud', altNl: ['TPM'], altEn: ['TPM'] },
  { key: 'cmms', nl: 'werken met een onderhoudsbeheersysteem', en: 'using a computerised maintenance management system', type: 'skill', group: 'techniek-onderhoud', altNl: ['CMMS', 'SAP PM', 'Maximo'], altEn: ['CMMS'] },
  { key: 'inbedrijfstellen', nl: 'installaties in bedrijf stellen', en: 'commissioning installations', type: 'skill', group: 'techniek-onderhoud', altNl: ['inbedrijfstelling', 'installaties opleveren'], altEn: ['commissioning'] },
  { key: 'service-bij-klant', nl: 'service en onderhoud uitvoeren bij de klant', en: 'providing field service at customer sites', type: 'skill', group: 'techniek-onderhoud', altNl: ['buitendienstservice', 'field service'], altEn: ['field service'] },
  { key: 'koeltechniek', nl: 'koeltechniek', en: 'refrigeration technology', type: 'knowledge', group: 'techniek-onderhoud', altNl: ['koelinstallaties', 'klimaattechniek'], altEn: ['refrigeration and air conditioning'] },
  { key: 'f-gassen', nl: 'werken met F-gassen', en: 'handling fluorinated gases (F-gas)', type: 'knowledge', group: 'techniek-onderhoud', broader: 'koeltechniek', altNl: ['F-gassencertificaat', 'STEK'], altEn: ['F-gas certification'] },

  // Hightech systemen
  { key: 'cleanroom-werken', nl: 'werken in een cleanroom', en: 'working in a cleanroom', type: 'skill', group: 'hightech', altNl: ['cleanroomwerk', 'stofvrij werken'], altEn: ['cleanroom operations'] },
  { key: 'cleanroomclassificatie', nl: 'cleanroomnormen (ISO 14644)', en: 'cleanroom standards (ISO 14644)', type: 'knowledge', group: 'hightech', broader: 'cleanroom-werken', altNl: ['ISO 14644'], altEn: ['ISO 14644'] },
  { key: 'contaminatiebeheersing', nl: 'contaminatiebeheersing', en: 'contamination control', type: 'knowledge', group: 'hightech', broader: 'cleanroom-werken', altNl: ['contamination control'], altEn: ['particle control'] },
  { key: 'esd', nl: 'ESD-veilig werken', en: 'working with ESD precautions', type: 'skill', group: 'hightech', altNl: ['ESD-bewust werken'], altEn: ['electrostatic discharge control'] },
  { key: 'precisiemontage', nl: 'precisiemontage', en: 'precision assembly', type: 'skill', group: 'hightech', broader: 'assembleren', altNl: ['fijnmechanisch monteren', 'fijnmontage'], altEn: ['fine mechanical assembly'] },
  { key: 'vacuumtechniek', nl: 'vacuümtechniek', en: 'vacuum technology', type: 'knowledge', group: 'hightech', altNl: ['ultrahoogvacuüm', 'UHV'], altEn: ['ultra-high vacuum'] },
  { key: 'optica', nl: 'optica', en: 'optics', type: 'knowledge', group: 'hightech', altNl: ['fotonica'], altEn: ['photonics'] },
  { key: 'optische-componenten', nl: 'optische componenten monteren en uitlijnen', en: 'assembling and aligning optical components', type: 'skill', group: 'hightech', broader: 'optica', altNl: ['optisch uitlijnen'], altEn: ['optical alignment'] },
  { key: 'halfgeleidertechnologie', nl: 'halfgeleidertechnologie', en: 'semiconductor technology', type: 'knowledge', group: 'hightech', altNl: ['chiptechnologie', 'semicon'], altEn: ['semiconductors'] },
  { key: 'lithografie', nl: 'lithografie', en: 'lithography', type: 'knowledge', group: 'hightech', broader: 'halfgeleidertechnologie', altNl: ['fotolithografie'], altEn: ['photolithography'] },
  { key: 'toegepaste-natuurkunde', nl: 'toegepaste natuurkunde', en: 'applied physics', type: 'knowledge', group: 'hightech', altNl: ['technische natuurkunde'], altEn: ['engineering physics'] },
  { key: 'systeemintegratie-testen', nl: 'systemen integreren en testen', en: 'system integration and testing', type: 'skill', group: 'hightech', altNl: ['integratie en test', 'I&T'], altEn: ['integration and test'] },
  { key: 'mechatronisch-ontwerpen', nl: 'mechatronische systemen ontwerpen', en: 'designing mechatronic systems', type: 'skill', group: 'hightech', broader: 'mechatronica', altNl: ['mechatronisch ontwerp'], altEn: ['mechatronic design'] },

  // Productie en procesoperatie
  { key: 'machines-bedienen', nl: 'productiemachines bedienen', en: 'operating production machinery', type: 'skill', group: 'productie', altNl: ['machines bedienen', 'machinebediening'], altEn: ['machine operation'] },
  { key: 'productielijn', nl: 'werken aan een productielijn', en: 'working on a production line', type: 'skill', group: 'productie', altNl: ['lijnwerk', 'bandwerk'], altEn: ['assembly line work'] },
  { key: 'assembleren', nl: 'assembleren', en: 'assembling products', type: 'skill', group: 'productie', altNl: ['assemblage', 'samenbouwen'], altEn: ['assembly'] },
  { key: 'kabelbomen', nl: 'kabelbomen assembleren', en: 'assembling wire harnesses', type: 'skill', group: 'productie', broader: 'assembleren', altNl: ['kabelconfectie'], altEn: ['cable harness assembly'] },
  { key: 'procesbewaking', nl: 'productieprocessen bewaken', en: 'monitoring production processes', type: 'skill', group: 'productie', altNl: ['procesbewaking', 'procescontrole'], altEn: ['process monitoring'] },
  { key: 'controlekamer', nl: 'procesinstallaties bedienen vanuit de controlekamer', en: 'operating process plants from a control room', type: 'skill', group: 'productie', broader: 'procesbewaking', altNl: ['DCS bedienen', 'paneelbediening'], altEn: ['control room operation'] },
  { key: 'procestechniek', nl: 'procestechniek', en: 'process technology', type: 'knowledge', group: 'productie', altNl: ['proceskennis'], altEn: ['process engineering basics'] },
  { key: 'chemische-processen', nl: 'chemische processen', en: 'chemical processes', type: 'knowledge', group: 'productie', broader: 'procestechniek', altNl: ['scheikundige processen'], altEn: ['chemical process technology'] },
  { key: 'spuitgieten', nl: 'spuitgietmachines bedienen', en: 'operating injection moulding machines', type: 'skill', group: 'productie', broader: 'machines-bedienen', altNl: ['spuitgieten'], altEn: ['injection moulding'] },
  { key: 'verpakken', nl: 'producten verpakken', en: 'packing products', type: 'skill', group: 'productie', altNl: ['inpakken', 'verpakkingswerk'], altEn: ['packaging'] },
  { key: 'productiegegevens', nl: 'productiegegevens registreren', en: 'recording production data', type: 'skill', group: 'productie', altNl: ['MES gebruiken', 'productieregistratie'], altEn: ['MES data entry'] },
  { key: 'monsters-nemen', nl: 'monsters nemen en analyseren', en: 'taking and analysing samples', type: 'skill', group: 'productie', altNl: ['bemonsteren'], altEn: ['sampling'] },
  { key: 'laboratoriumtechnieken', nl: 'laboratoriumtechnieken', en: 'laboratory techniques', type: 'knowledge', group: 'productie', altNl: ['labwerk', 'analysetechnieken'], altEn: ['lab work'] },

  // Voedingsmiddelenindustrie
  { key: 'voedselveiligheid', nl: 'voedselveiligheid', en: 'food safety', type: 'knowledge', group: 'voeding', altNl: ['hygiënecode'], altEn: ['food hygiene'] },
  { key: 'haccp', nl: 'werken volgens HACCP', en: 'applying HACCP', type: 'knowledge', group: 'voeding', broader: 'voedselveiligheid', altNl: ['HACCP'], altEn: ['HACCP'] },
  { key: 'hygienisch-werken', nl: 'hygiënisch werken', en: 'working hygienically', type: 'skill', group: 'voeding', broader: 'voedselveiligheid', altNl: ['hygiënevoorschriften naleven'], altEn: ['hygiene practices'] },
  { key: 'ifs-brc', nl: 'IFS- en BRC-normen', en: 'IFS and BRC food standards', type: 'knowledge', group: 'voeding', broader: 'voedselveiligheid', altNl: ['BRCGS'], altEn: ['BRCGS'] },
  { key: 'levensmiddelentechnologie', nl: 'levensmiddelentechnologie', en: 'food technology', type: 'knowledge', group: 'voeding', altNl: ['voedingsmiddelentechnologie'], altEn: ['food science'] },
  { key: 'bakken', nl: 'brood en banket bakken', en: 'baking bread and pastry', type: 'skill', group: 'voeding', altNl: ['bakken', 'deeg bereiden'], altEn: ['baking'] },
  { key: 'vlees-verwerken', nl: 'vlees verwerken', en: 'processing meat', type: 'skill', group: 'voeding', altNl: ['uitbenen', 'vleesbewerking'], altEn: ['meat cutting', 'butchery'] },
  { key: 'verpakkingslijn', nl: 'verpakkingslijnen bedienen', en: 'operating packaging lines', type: 'skill', group: 'voeding', broader: 'machines-bedienen', altNl: ['verpakkingsmachine bedienen'], altEn: ['packaging machine operation'] },
  { key: 'productkwaliteit-voeding', nl: 'productkwaliteit van levensmiddelen controleren', en: 'checking food product quality', type: 'skill', group: 'voeding', broader: 'kwaliteitscontrole', altNl: ['smaak- en kwaliteitscontrole'], altEn: ['food quality control'] },
  { key: 'koelketen', nl: 'koel- en vriesketen bewaken', en: 'maintaining the cold chain', type: 'skill', group: 'voeding', altNl: ['koelketen', 'temperatuurbewaking'], altEn: ['cold chain management'] },

  // Ontwerp en engineering
  { key: 'technische-tekeningen-lezen', nl: 'technische tekeningen lezen', en: 'reading technical drawings', type: 'skill', group: 'engineering', altNl: ['technisch tekenen lezen', 'tekeninglezen', 'werktekeningen lezen'], altEn: ['blueprint reading', 'drawing interpretation'] },
  { key: 'technisch-tekenen', nl: 'technisch tekenen', en: 'technical drawing', type: 'skill', group: 'engineering', altNl: ['tekenwerk', 'detailleren'], altEn: ['drafting'] },
  { key: 'autocad', nl: '2D-tekenen in AutoCAD', en: '2D drafting in AutoCAD', type: 'skill', group: 'engineering', broader: 'technisch-tekenen', altNl: ['AutoCAD'], altEn: ['AutoCAD'] },
  { key: 'cad-3d', nl: '3D-modelleren in CAD', en: '3D CAD modelling', type: 'skill', group: 'engineering', broader: 'technisch-tekenen', altNl: ['SolidWorks', 'Inventor', 'Creo', 'Siemens NX'], altEn: ['SolidWorks', 'parametric modelling'] },
  { key: 'bim', nl: 'BIM-modelleren', en: 'BIM modelling', type: 'skill', group: 'engineering', broader: 'cad-3d', altNl: ['Revit', 'bouwwerkinformatiemodel'], altEn: ['Revit', 'building information modelling'] },
  { key: 'gdt', nl: 'maat- en vormtoleranties (GD&T)', en: 'geometric dimensioning and tolerancing (GD&T)', type: 'knowledge', group: 'engineering', broader: 'technische-tekeningen-lezen', altNl: ['toleranties lezen', 'ISO GPS'], altEn: ['GD&T'] },
  { key: 'lassymbolen', nl: 'lassymbolen lezen', en: 'reading welding symbols', type: 'knowledge', group: 'engineering', broader: 'technische-tekeningen-lezen' },
  { key: 'werktuigbouwkunde', nl: 'werktuigbouwkunde', en: 'mechanical engineering', type: 'knowledge', group: 'engineering', altNl: ['mechanical engineering', 'machinebouw'], altEn: ['machine design'] },
  { key: 'sterkteberekeningen', nl: 'sterkteberekeningen maken', en: 'performing strength calculations', type: 'skill', group: 'engineering', broader: 'werktuigbouwkunde', altNl: ['constructieberekeningen'], altEn: ['structural calculations'] },
  { key: 'fem-analyse', nl: 'eindige-elementenanalyse (FEM)', en: 'finite element analysis (FEA)', type: 'skill', group: 'engineering', broader: 'sterkteberekeningen', altNl: ['FEM-analyse', 'FEM-berekeningen'], altEn: ['FEA', 'FEM'] },
  { key: 'regeltechniek', nl: 'regeltechniek', en: 'control theory', type: 'knowledge', group: 'engineering', altNl: ['regelsystemen'], altEn: ['control engineering'] },
  { key: 'systems-engineering', nl: 'systems engineering', en: 'systems engineering', type: 'knowledge', group: 'engineering', altNl: ['systeemengineering', 'systeemontwerp'], altEn: ['systems design'] },
  { key: 'requirements', nl: 'eisen en specificaties opstellen', en: 'requirements engineering', type: 'skill', group: 'engineering', broader: 'systems-engineering', altNl: ['requirements opstellen', 'programma van eisen'], altEn: ['writing specifications'] },
  { key: 'productontwikkeling', nl: 'productontwikkeling', en: 'product development', type: 'skill', group: 'engineering', altNl: ['productontwerp', 'R&D'], altEn: ['new product development'] },
  { key: 'prototypes', nl: 'prototypes bouwen en testen', en: 'building and testing prototypes', type: 'skill', group: 'engineering', broader: 'productontwikkeling', altNl: ['prototyping'], altEn: ['prototyping'] },
  { key: '3d-printen', nl: '3D-printen', en: '3D printing', type: 'skill', group: 'engineering', altNl: ['additive manufacturing', 'additief produceren'], altEn: ['additive manufacturing'] },
  { key: 'werkvoorbereiding', nl: 'werkvoorbereiding', en: 'work preparation', type: 'skill', group: 'engineering', altNl: ['productievoorbereiding', 'werkvoorbereiden'], altEn: ['job preparation', 'production preparation'] },
  { key: 'stuklijsten', nl: 'stuklijsten opstellen', en: 'creating bills of materials', type: 'skill', group: 'engineering', broader: 'werkvoorbereiding', altNl: ['BOM opstellen', 'stuklijstbeheer'], altEn: ['BOM management'] },
  { key: 'calculeren', nl: 'calculeren', en: 'cost estimating', type: 'skill', group: 'engineering', broader: 'werkvoorbereiding', altNl: ['kostprijsberekening', 'voorcalculatie', 'calculatie'], altEn: ['cost calculation'] },
  { key: 'technische-documentatie', nl: 'technische documentatie schrijven', en: 'writing technical documentation', type: 'skill', group: 'engineering', broader: 'schriftelijk-communiceren', altNl: ['handleidingen schrijven', 'technisch schrijven'], altEn: ['technical writing'] },
  { key: 'installatieontwerp', nl: 'installaties ontwerpen (W en E)', en: 'designing building services', type: 'skill', group: 'engineering', altNl: ['installatietechnisch ontwerp', 'W- en E-engineering'], altEn: ['MEP design'] },
  { key: 'bouwkunde', nl: 'bouwkunde', en: 'building engineering', type: 'knowledge', group: 'engineering', altNl: ['bouwtechniek'], altEn: ['construction engineering'] },
  { key: 'engineering-change', nl: 'wijzigingsbeheer (engineering change)', en: 'engineering change management', type: 'skill', group: 'engineering', altNl: ['ECR/ECO-proces', 'configuratiemanagement'], altEn: ['configuration management'] },
  { key: 'pdm-plm', nl: 'werken met PDM/PLM-systemen', en: 'using PDM/PLM systems', type: 'skill', group: 'engineering', altNl: ['Teamcenter', 'Windchill'], altEn: ['product lifecycle management'] },
  { key: 'pcb-ontwerp', nl: 'printplaten ontwerpen', en: 'designing printed circuit boards', type: 'skill', group: 'engineering', broader: 'elektronica', altNl: ['PCB-ontwerp', 'schemaontwerp'], altEn: ['PCB design'] },
  { key: 'matlab', nl: 'MATLAB/Simulink', en: 'MATLAB/Simulink', type: 'skill', group: 'engineering', broader: 'programmeren', altNl: ['MATLAB', 'Simulink'], altEn: ['MATLAB', 'Simulink'] },

  // ICT en software
  { key: 'programmeren', nl: 'programmeren', en: 'programming', type: 'skill', group: 'ict', altNl: ['software ontwikkelen', 'coderen'], altEn: ['software development', 'coding'] },
  { key: 'python', nl: 'Python', en: 'Python', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['programmeren in Python'], altEn: ['Python programming'] },
  { key: 'java', nl: 'Java', en: 'Java', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['Java-ontwikkeling', 'Spring Boot'], altEn: ['Java development', 'Spring Boot'] },
  { key: 'cpp', nl: 'C++', en: 'C++', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['programmeren in C++'], altEn: ['C++ programming'] },
  { key: 'c-programmeertaal', nl: 'C', en: 'C', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['programmeren in C', 'ANSI C'], altEn: ['C programming'] },
  { key: 'csharp', nl: 'C# en .NET', en: 'C# and .NET', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['.NET', 'C#'], altEn: ['.NET', 'C#'] },
  { key: 'javascript', nl: 'JavaScript', en: 'JavaScript', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['JS', 'Node.js'], altEn: ['JS', 'Node.js'] },
  { key: 'typescript', nl: 'TypeScript', en: 'TypeScript', type: 'skill', group: 'ict', broader: 'javascript' },
  { key: 'webontwikkeling', nl: 'webapplicaties ontwikkelen', en: 'developing web applications', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['webdevelopment', 'front-end ontwikkeling'], altEn: ['web development', 'front-end development'] },
  { key: 'react', nl: 'React', en: 'React', type: 'skill', group: 'ict', broader: 'webontwikkeling', altNl: ['React.js'], altEn: ['React.js'] },
  { key: 'apis', nl: "API's ontwerpen en bouwen", en: 'designing and building APIs', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ["REST-API's", 'koppelingen bouwen'], altEn: ['REST APIs', 'system integration'] },
  { key: 'embedded-software', nl: 'embedded software ontwikkelen', en: 'developing embedded software', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['embedded programmeren', 'firmware ontwikkelen'], altEn: ['firmware development', 'embedded programming'] },
  { key: 'rtos', nl: 'realtime besturingssystemen (RTOS)', en: 'real-time operating systems (RTOS)', type: 'knowledge', group: 'ict', broader: 'embedded-software', altNl: ['FreeRTOS', 'embedded Linux'], altEn: ['FreeRTOS', 'embedded Linux'] },
  { key: 'software-architectuur', nl: 'software-architectuur', en: 'software architecture', type: 'knowledge', group: 'ict', altNl: ['softwareontwerp'], altEn: ['software design'] },
  { key: 'git', nl: 'versiebeheer met Git', en: 'version control with Git', type: 'skill', group: 'ict', altNl: ['Git', 'GitLab', 'GitHub'], altEn: ['Git'] },
  { key: 'devops', nl: 'DevOps', en: 'DevOps', type: 'knowledge', group: 'ict', altNl: ['DevOps-werkwijze'], altEn: ['DevOps practices'] },
  { key: 'ci-cd', nl: 'CI/CD-pijplijnen inrichten', en: 'setting up CI/CD pipelines', type: 'skill', group: 'ict', broader: 'devops', altNl: ['continuous integration', 'buildstraten'], altEn: ['continuous integration', 'continuous delivery'] },
  { key: 'containers', nl: 'containertechnologie (Docker, Kubernetes)', en: 'container technology (Docker, Kubernetes)', type: 'skill', group: 'ict', broader: 'devops', altNl: ['Docker', 'Kubernetes'], altEn: ['Docker', 'Kubernetes'] },
  { key: 'cloud', nl: 'cloudplatforms (Azure, AWS)', en: 'cloud platforms (Azure, AWS)', type: 'knowledge', group: 'ict', altNl: ['Azure', 'AWS', 'cloudcomputing'], altEn: ['Azure', 'AWS', 'cloud computing'] },
  { key: 'software-testen', nl: 'software testen', en: 'software testing', type: 'skill', group: 'ict', altNl: ['testen', 'softwarekwaliteit'], altEn: ['QA testing'] },
  { key: 'testautomatisering', nl: 'testautomatisering', en: 'test automation', type: 'skill', group: 'ict', broader: 'software-testen', altNl: ['geautomatiseerd testen', 'testscripts schrijven'], altEn: ['automated testing'] },
  { key: 'istqb', nl: 'testmethodieken (ISTQB, TMap)', en: 'testing methodologies (ISTQB, TMap)', type: 'knowledge', group: 'ict', broader: 'software-testen', altNl: ['ISTQB', 'TMap'], altEn: ['ISTQB', 'TMap'] },
  { key: 'agile', nl: 'agile werken', en: 'agile working', type: 'knowledge', group: 'ict', altNl: ['agile'], altEn: ['agile methods'] },
  { key: 'scrum', nl: 'Scrum', en: 'Scrum', type: 'knowledge', group: 'ict', broader: 'agile', altNl: ['werken in sprints'], altEn: ['sprints'] },
  { key: 'systeembeheer', nl: 'systeembeheer', en: 'system administration', type: 'skill', group: 'ict', altNl: ['IT-beheer', 'ICT-beheer'], altEn: ['IT operations'] },
  { key: 'linux', nl: 'Linux-beheer', en: 'Linux administration', type: 'skill', group: 'ict', broader: 'systeembeheer', altNl: ['Linux'], altEn: ['Linux'] },
  { key: 'windows-server', nl: 'Windows Server en Active Directory', en: 'Windows Server and Active Directory', type: 'skill', group: 'ict', broader: 'systeembeheer', altNl: ['Active Directory'], altEn: ['Active Directory'] },
  { key: 'netwerkbeheer', nl: 'netwerkbeheer', en: 'network administration', type: 'skill', group: 'ict', broader: 'systeembeheer', altNl: ['netwerken configureren', 'Cisco'], altEn: ['networking', 'Cisco'] },
  { key: 'werkplekondersteuning', nl: 'werkplekondersteuning', en: 'desktop support', type: 'skill', group: 'ict', broader: 'systeembeheer', altNl: ['helpdesk', 'servicedesk', 'eerstelijns support'], altEn: ['IT helpdesk', 'first-line support'] },
  { key: 'itil', nl: 'ITIL', en: 'ITIL', type: 'knowledge', group: 'ict', altNl: ['IT-servicemanagement'], altEn: ['IT service management'] },
  { key: 'informatiebeveiliging', nl: 'informatiebeveiliging', en: 'information security', type: 'knowledge', group: 'ict', altNl: ['cybersecurity', 'ISO 27001'], altEn: ['cybersecurity', 'ISO 27001'] },
  { key: 'databases', nl: 'databases beheren', en: 'database administration', type: 'skill', group: 'ict', altNl: ['databasebeheer', 'DBA'], altEn: ['DBA'] },
  { key: 'sql', nl: 'SQL', en: 'SQL', type: 'skill', group: 'ict', broader: 'databases', altNl: ["databasequery's schrijven"], altEn: ['writing database queries'] },
  { key: 'datamodellering', nl: 'datamodellering', en: 'data modelling', type: 'skill', group: 'ict', broader: 'databases', altNl: ['databaseontwerp'], altEn: ['database design'] },
  { key: 'ux-ontwerp', nl: 'UX-ontwerp', en: 'UX design', type: 'skill', group: 'ict', altNl: ['gebruikerservaring ontwerpen', 'interactieontwerp'], altEn: ['user experience design', 'interaction design'] },
  { key: 'labview', nl: 'LabVIEW', en: 'LabVIEW', type: 'skill', group: 'ict', broader: 'programmeren', altNl: ['testsoftware in LabVIEW'] },

  // Data en analyse
  { key: 'data-analyse', nl: 'data-analyse', en: 'data analysis', type: 'skill', group: 'data', altNl: ['gegevensanalyse', 'data analyseren'], altEn: ['analytics'] },
  { key: 'datavisualisatie', nl: 'datavisualisatie', en: 'data visualisation', type: 'skill', group: 'data', broader: 'data-analyse', altNl: ['Power BI', 'Tableau', 'dashboards bouwen'], altEn: ['Power BI', 'Tableau', 'dashboarding'] },
  { key: 'business-intelligence', nl: 'business intelligence', en: 'business intelligence', type: 'knowledge', group: 'data', altNl: ['BI', 'managementinformatie'], altEn: ['BI', 'management information'] },
  { key: 'statistiek', nl: 'statistiek', en: 'statistics', type: 'knowledge', group: 'data', altNl: ['statistische analyse'], altEn: ['statistical analysis'] },
  { key: 'data-engineering', nl: 'datapijplijnen bouwen', en: 'building data pipelines', type: 'skill', group: 'data', altNl: ['data engineering', 'ETL'], altEn: ['data engineering', 'ETL'] },
  { key: 'r-programmeertaal', nl: 'R', en: 'R', type: 'skill', group: 'data', broader: 'programmeren', altNl: ['programmeren in R'], altEn: ['R programming'] },
  { key: 'pandas', nl: 'data-analyse met Python (pandas)', en: 'data analysis with Python (pandas)', type: 'skill', group: 'data', broader: 'python', altNl: ['pandas'], altEn: ['pandas'] },
  { key: 'machine-learning', nl: 'machine learning', en: 'machine learning', type: 'knowledge', group: 'data', altNl: ['ML', 'kunstmatige intelligentie'], altEn: ['ML', 'artificial intelligence'] },
  { key: 'data-kwaliteit', nl: 'datakwaliteit bewaken', en: 'data quality management', type: 'skill', group: 'data', altNl: ['data opschonen', 'stamdatabeheer'], altEn: ['master data management'] },

  // Automotive en mobiliteit
  { key: 'voertuigonderhoud', nl: 'voertuigen onderhouden en repareren', en: 'maintaining and repairing vehicles', type: 'skill', group: 'automotive', altNl: ['autotechniek', 'onderhoudsbeurt uitvoeren'], altEn: ['vehicle servicing'] },
  { key: 'voertuigdiagnose', nl: 'voertuigdiagnose uitvoeren', en: 'performing vehicle diagnostics', type: 'skill', group: 'automotive', broader: 'voertuigonderhoud', altNl: ['diagnoseapparatuur uitlezen', 'storingscodes uitlezen'], altEn: ['OBD diagnostics'] },
  { key: 'elektrische-voertuigen', nl: 'werken aan elektrische en hybride voertuigen', en: 'working on electric and hybrid vehicles', type: 'skill', group: 'automotive', broader: 'voertuigonderhoud', altNl: ['hoogvoltsystemen', 'EV-techniek'], altEn: ['high-voltage vehicle systems', 'EV technology'] },
  { key: 'bedrijfswagens', nl: 'bedrijfswagens onderhouden', en: 'servicing commercial vehicles', type: 'skill', group: 'automotive', broader: 'voertuigonderhoud', altNl: ['truckonderhoud'], altEn: ['truck maintenance', 'HGV maintenance'] },
  { key: 'apk-keuren', nl: 'APK-keuringen uitvoeren', en: 'performing periodic vehicle inspections (APK)', type: 'skill', group: 'automotive', broader: 'voertuigonderhoud', altNl: ['APK'], altEn: ['MOT testing'] },
  { key: 'schadeherstel', nl: 'carrosserieschade herstellen', en: 'repairing vehicle bodywork', type: 'skill', group: 'automotive', altNl: ['schadeherstel', 'autoplaatwerk'], altEn: ['body repair', 'panel beating'] },
  { key: 'autospuiten', nl: "auto's spuiten", en: 'vehicle refinishing', type: 'skill', group: 'automotive', broader: 'spuiten', altNl: ['autolakken', 'autospuiterij'], altEn: ['car spraying'] },
  { key: 'voertuigelektronica', nl: 'voertuigelektronica', en: 'vehicle electronics', type: 'knowledge', group: 'automotive', altNl: ['CAN-bus', 'auto-elektronica'], altEn: ['CAN bus', 'automotive electronics'] },

  // Kwaliteit, veiligheid en milieu
  { key: 'veilig-werken', nl: 'veilig werken', en: 'working safely', type: 'skill', group: 'kwaliteit-veiligheid', altNl: ['veiligheidsbewust werken', 'veiligheidsvoorschriften naleven'], altEn: ['safety awareness'] },
  { key: 'vca', nl: 'VCA', en: 'VCA safety certificate', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'veilig-werken', altNl: ['VCA-basis', 'VCA-VOL', 'veiligheid, gezondheid en milieu'], altEn: ['SCC', 'safety checklist for contractors'] },
  { key: 'loto', nl: 'vergrendelen en labelen (LOTO)', en: 'lockout/tagout (LOTO)', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'veilig-werken', altNl: ['LOTO', 'energievrij maken'], altEn: ['LOTO'] },
  { key: 'gevaarlijke-stoffen', nl: 'werken met gevaarlijke stoffen', en: 'handling hazardous substances', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'veilig-werken', altNl: ['chemicaliën hanteren'], altEn: ['handling chemicals'] },
  { key: 'werken-op-hoogte', nl: 'werken op hoogte', en: 'working at height', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'veilig-werken', altNl: ['steigerwerk', 'valbeveiliging gebruiken'], altEn: ['fall protection'] },
  { key: 'arbo', nl: 'arbowetgeving', en: 'occupational health and safety legislation', type: 'knowledge', group: 'kwaliteit-veiligheid', altNl: ['Arbowet', 'arbozorg'], altEn: ['health and safety law'] },
  { key: 'risicoanalyse', nl: 'risicoanalyse uitvoeren', en: 'performing risk assessments', type: 'skill', group: 'kwaliteit-veiligheid', altNl: ['RI&E', 'risico-inventarisatie'], altEn: ['risk assessment'] },
  { key: 'fmea', nl: 'FMEA', en: 'failure mode and effects analysis (FMEA)', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'risicoanalyse', altNl: ['faalwijzeanalyse'], altEn: ['FMEA'] },
  { key: 'machinerichtlijn', nl: 'Machinerichtlijn en CE-markering', en: 'Machinery Directive and CE marking', type: 'knowledge', group: 'kwaliteit-veiligheid', altNl: ['CE-markering'], altEn: ['CE marking'] },
  { key: 'bhv', nl: 'bedrijfshulpverlening (BHV)', en: 'in-house emergency response (BHV)', type: 'skill', group: 'kwaliteit-veiligheid', altNl: ['BHV'], altEn: ['emergency response officer'] },
  { key: 'ehbo', nl: 'eerste hulp verlenen', en: 'providing first aid', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'bhv', altNl: ['EHBO'], altEn: ['first aid'] },
  { key: 'reanimeren', nl: 'reanimeren en AED bedienen', en: 'CPR and using an AED', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'ehbo', altNl: ['reanimatie', 'BLS'], altEn: ['CPR', 'basic life support'] },
  { key: 'brandpreventie', nl: 'brandpreventie en -bestrijding', en: 'fire prevention and firefighting', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'bhv', altNl: ['brandveiligheid', 'kleine blusmiddelen'], altEn: ['fire safety'] },
  { key: 'kwaliteitszorg', nl: 'kwaliteitszorg', en: 'quality management', type: 'knowledge', group: 'kwaliteit-veiligheid', altNl: ['kwaliteitsmanagement', 'QA'], altEn: ['quality assurance'] },
  { key: 'iso-9001', nl: 'ISO 9001', en: 'ISO 9001', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'kwaliteitszorg', altNl: ['kwaliteitsmanagementsysteem'], altEn: ['quality management system'] },
  { key: 'iso-14001', nl: 'ISO 14001', en: 'ISO 14001', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'kwaliteitszorg', altNl: ['milieumanagementsysteem'], altEn: ['environmental management system'] },
  { key: 'iso-13485', nl: 'ISO 13485', en: 'ISO 13485', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'kwaliteitszorg', altNl: ['kwaliteitsnorm medische hulpmiddelen'], altEn: ['medical device quality standard'] },
  { key: 'iatf-16949', nl: 'IATF 16949', en: 'IATF 16949', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'kwaliteitszorg', altNl: ['automotive kwaliteitsnorm'], altEn: ['automotive quality standard'] },
  { key: 'gmp', nl: 'Good Manufacturing Practice (GMP)', en: 'Good Manufacturing Practice (GMP)', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'kwaliteitszorg', altNl: ['GMP'], altEn: ['GMP'] },
  { key: 'audits', nl: 'audits uitvoeren', en: 'conducting audits', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'kwaliteitszorg', altNl: ['interne audits', 'auditeren'], altEn: ['internal auditing'] },
  { key: 'afwijkingen', nl: 'afwijkingen registreren en afhandelen', en: 'handling non-conformities', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'kwaliteitszorg', altNl: ['NCR', 'non-conformiteiten'], altEn: ['NCR handling'] },
  { key: 'kwaliteitscontrole', nl: 'kwaliteitscontrole uitvoeren', en: 'performing quality control', type: 'skill', group: 'kwaliteit-veiligheid', altNl: ['keuren', 'inspecteren', 'eindcontrole'], altEn: ['quality inspection'] },
  { key: 'visuele-inspectie', nl: 'visuele inspectie', en: 'visual inspection', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'kwaliteitscontrole', altNl: ['visueel keuren'], altEn: ['visual checks'] },
  { key: 'ndo', nl: 'niet-destructief onderzoek', en: 'non-destructive testing', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'kwaliteitscontrole', altNl: ['NDO', 'ultrasoon onderzoek'], altEn: ['NDT', 'ultrasonic testing'] },
  { key: 'spc', nl: 'statistische procesbeheersing (SPC)', en: 'statistical process control (SPC)', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'kwaliteitscontrole', altNl: ['SPC'], altEn: ['SPC'] },
  { key: 'kalibreren', nl: 'meetmiddelen kalibreren', en: 'calibrating measuring equipment', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'kwaliteitscontrole', altNl: ['kalibratie'], altEn: ['calibration'] },
  { key: 'continu-verbeteren', nl: 'continu verbeteren', en: 'continuous improvement', type: 'skill', group: 'kwaliteit-veiligheid', altNl: ['kaizen', 'verbeterprojecten'], altEn: ['kaizen'] },
  { key: 'lean', nl: 'Lean werken', en: 'Lean methods', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'continu-verbeteren', altNl: ['Lean', 'Lean manufacturing', 'Lean management'], altEn: ['Lean manufacturing', 'Lean management'] },
  { key: '5s', nl: '5S toepassen', en: 'applying 5S', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'lean', altNl: ['5S'], altEn: ['5S workplace organisation'] },
  { key: 'smed', nl: 'snel omstellen (SMED)', en: 'quick changeover (SMED)', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'lean', altNl: ['SMED'], altEn: ['SMED'] },
  { key: 'six-sigma', nl: 'Six Sigma', en: 'Six Sigma', type: 'knowledge', group: 'kwaliteit-veiligheid', broader: 'continu-verbeteren', altNl: ['Lean Six Sigma', 'Green Belt'], altEn: ['Lean Six Sigma', 'Green Belt'] },
  { key: 'oorzaakanalyse', nl: 'oorzaakanalyse (8D, 5x waarom)', en: 'root cause analysis (8D, 5 Whys)', type: 'skill', group: 'kwaliteit-veiligheid', broader: 'continu-verbeteren', altNl: ['root cause analysis', '8D-rapport'], altEn: ['RCA', '8D'] },
  { key: 'avg', nl: 'AVG en privacywetgeving', en: 'GDPR and privacy legislation', type: 'knowledge', group: 'kwaliteit-veiligheid', altNl: ['AVG', 'privacy'], altEn: ['GDPR'] },
];

/** Every skill of the demo taxonomy: technical skills first, then services, care, languages and transversal skills. */
export const skills: readonly SeedSkill[] = [...technicalSkills, ...serviceSkills];
