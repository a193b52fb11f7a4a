/**
 * Fictional employers for the demo: names, KvK numbers and street numbers are made up; streets
 * and postcodes are plausible for the town. `hires` lists the occupations (keys in
 * `occupations.ts`) the employer posts vacancies for.
 *
 * Order matters to the demo seed: the last two employers of the main region are the ones still
 * awaiting the coordinator's approval, so they are small firms.
 */
import type { sectorValues } from '~/db/schema/enums';

/** One of the sectors a firm registers under (db/schema/enums.ts): the seed, the API and the labels share the list. */
export type SeedSector = (typeof sectorValues)[number];

export interface SeedEmployer {
  key: string;
  name: string;
  /** 8 digits, unique, fictional. */
  kvk: string;
  sector: SeedSector;
  /** Number of employees. */
  size: number;
  street: string;
  /** '5611 AB' format, in the city's postcode area. */
  postalCode: string;
  /** A city of places (region 'main') or otherRegionPlaces (region 'other'). */
  city: string;
  /** Occupation keys this employer posts vacancies for (4–10). */
  hires: string[];
  region: 'main' | 'other';
}

export const employers: readonly SeedEmployer[] = [
  // Hightech en maakindustrie
  {
    key: 'lumentis', name: 'Lumentis Precision Systems B.V.', kvk: '70412385', sector: 'high_tech_manufacturing', size: 3200,
    street: 'De Run 4312', postalCode: '5503 LM', city: 'Veldhoven', region: 'main',
    hires: ['mechatronica-engineer', 'werktuigbouwkundig-ingenieur', 'embedded-softwareontwikkelaar', 'monteur-mechatronica', 'assemblagemedewerker', 'servicemonteur', 'testengineer', 'kwaliteitsengineer', 'procesengineer', 'data-analist'],
  },
  {
    key: 'kempenaar', name: 'Kempenaar Mechatronics B.V.', kvk: '17283940', sector: 'high_tech_manufacturing', size: 680,
    street: 'Esp 302', postalCode: '5633 AE', city: 'Eindhoven', region: 'main',
    hires: ['monteur-mechatronica', 'cnc-verspaner', 'werkvoorbereider', 'technisch-tekenaar', 'werktuigbouwkundig-ingenieur', 'productieplanner', 'inkoper', 'kwaliteitsinspecteur'],
  },
  {
    key: 'peelwerk', name: 'Peelwerk Precisietechniek B.V.', kvk: '17395521', sector: 'high_tech_manufacturing', size: 190,
    street: 'Zinkstraat 14', postalCode: '5704 RK', city: 'Helmond', region: 'main',
    hires: ['cnc-verspaner', 'plaatwerker', 'lasser', 'kwaliteitsinspecteur', 'werkvoorbereider', 'teamleider-productie'],
  },
  {
    key: 'lastechniek-de-kempen', name: 'Lastechniek De Kempen B.V.', kvk: '17220964', sector: 'high_tech_manufacturing', size: 95,
    street: 'Industrieweg 18', postalCode: '5531 AD', city: 'Bladel', region: 'main',
    hires: ['lasser', 'constructiebankwerker', 'plaatwerker', 'spuiter', 'werkvoorbereider'],
  },
  {
    key: 'sensoor', name: 'Sensoor Photonics B.V.', kvk: '74026183', sector: 'high_tech_manufacturing', size: 150,
    street: 'Torenallee 60', postalCode: '5617 BD', city: 'Eindhoven', region: 'main',
    hires: ['elektrotechnisch-ingenieur', 'embedded-softwareontwikkelaar', 'laborant', 'assemblagemedewerker', 'elektronicamonteur', 'testengineer'],
  },
  {
    key: 'dommel-automation', name: 'Dommel Automation B.V.', kvk: '17461207', sector: 'high_tech_manufacturing', size: 260,
    street: 'De Waal 21', postalCode: '5684 PH', city: 'Best', region: 'main',
    hires: ['besturingstechnicus', 'elektromonteur', 'elektrotechnisch-ingenieur', 'softwareontwikkelaar', 'servicemonteur', 'projectleider', 'elektronicamonteur'],
  },
  {
    key: 'kempen-kunststoffen', name: 'Kempen Kunststoffen Budel B.V.', kvk: '13057792', sector: 'high_tech_manufacturing', size: 230,
    street: 'Hamonterweg 30', postalCode: '6021 PM', city: 'Budel', region: 'main',
    hires: ['procesoperator', 'productiemedewerker', 'onderhoudstechnicus', 'heftruckchauffeur', 'kam-coordinator', 'teamleider-productie'],
  },

  // Automotive
  {
    key: 'stroomlijn', name: 'Stroomlijn Truck Components B.V.', kvk: '17012348', sector: 'automotive', size: 1150,
    street: 'Hurksestraat 44', postalCode: '5652 AJ', city: 'Eindhoven', region: 'main',
    hires: ['productiemedewerker', 'procesoperator', 'onderhoudstechnicus', 'teamleider-productie', 'kwaliteitsinspecteur', 'procesengineer', 'heftruckchauffeur', 'assemblagemedewerker', 'lasser'],
  },
  {
    key: 'voltadrive', name: 'VoltaDrive Systems B.V.', kvk: '75839016', sector: 'automotive', size: 240,
    street: 'Steenovenweg 5', postalCode: '5708 HN', city: 'Helmond', region: 'main',
    hires: ['elektrotechnisch-ingenieur', 'embedded-softwareontwikkelaar', 'testengineer', 'bedrijfswagenmonteur', 'automonteur', 'projectleider', 'kwaliteitsengineer'],
  },
  {
    key: 'carrosseriebouw-peelland', name: 'Carrosseriebouw Peelland B.V.', kvk: '17154473', sector: 'automotive', size: 130,
    street: 'Kleine Bottel 7', postalCode: '5753 PE', city: 'Deurne', region: 'main',
    hires: ['lasser', 'spuiter', 'plaatwerker', 'constructiebankwerker', 'bedrijfswagenmonteur', 'werkvoorbereider'],
  },
  {
    key: 'autogroep-zuiderpoort', name: 'Autogroep Zuiderpoort B.V.', kvk: '17368215', sector: 'automotive', size: 210,
    street: 'Eindhovenseweg 140', postalCode: '5552 AD', city: 'Valkenswaard', region: 'main',
    hires: ['automonteur', 'bedrijfswagenmonteur', 'spuiter', 'receptionist', 'accountmanager', 'administratief-medewerker', 'boekhouder'],
  },

  // Logistiek
  {
    key: 'kempen-cargo', name: 'Kempen Cargo Logistics B.V.', kvk: '17290431', sector: 'logistics', size: 820,
    street: 'Flight Forum 1800', postalCode: '5657 EZ', city: 'Eindhoven', region: 'main',
    hires: ['magazijnmedewerker', 'heftruckchauffeur', 'vrachtwagenchauffeur', 'logistiek-planner', 'voorraadbeheerder', 'klantenservicemedewerker', 'administratief-medewerker', 'teamleider-productie', 'boekhouder'],
  },
  {
    key: 'dc-de-peel', name: 'Distributiecentrum De Peel B.V.', kvk: '17410658', sector: 'logistics', size: 460,
    street: 'Hoogeindsestraat 30', postalCode: '5705 AM', city: 'Helmond', region: 'main',
    hires: ['magazijnmedewerker', 'heftruckchauffeur', 'voorraadbeheerder', 'bestelbuschauffeur', 'logistiek-planner', 'onderhoudstechnicus'],
  },
  {
    key: 'transport-gerrits', name: 'Transportonderneming Gerrits Oirschot B.V.', kvk: '17073569', sector: 'logistics', size: 170,
    street: 'De Scheper 240', postalCode: '5688 HP', city: 'Oirschot', region: 'main',
    hires: ['vrachtwagenchauffeur', 'logistiek-planner', 'bedrijfswagenmonteur', 'administratief-medewerker', 'heftruckchauffeur'],
  },

  // Zorg
  {
    key: 'zorggroep-dommelstroom', name: 'Zorggroep Dommelstroom', kvk: '41087325', sector: 'healthcare', size: 2300,
    street: 'Stratumsedijk 80', postalCode: '5611 NE', city: 'Eindhoven', region: 'main',
    hires: ['verzorgende-ig', 'verpleegkundige', 'helpende-zorg', 'kok', 'schoonmaker', 'facilitair-medewerker', 'hr-adviseur', 'salarisadministrateur'],
  },
  {
    key: 'thuiszorg-de-peelhoeve', name: 'Thuiszorg De Peelhoeve', kvk: '41093176', sector: 'healthcare', size: 680,
    street: 'Mierloseweg 150', postalCode: '5707 AN', city: 'Helmond', region: 'main',
    hires: ['verzorgende-ig', 'verpleegkundige', 'helpende-zorg', 'administratief-medewerker', 'klantenservicemedewerker'],
  },
  {
    key: 'kempenzorg-wonen', name: 'Stichting Kempenzorg Wonen', kvk: '41085062', sector: 'healthcare', size: 410,
    street: 'Kerkebogten 12', postalCode: '5521 AL', city: 'Eersel', region: 'main',
    hires: ['begeleider-gehandicaptenzorg', 'verzorgende-ig', 'helpende-zorg', 'kok', 'facilitair-medewerker'],
  },
  {
    key: 'revalidatie-heezerhof', name: 'Revalidatiecentrum Heezerhof', kvk: '41099847', sector: 'healthcare', size: 260,
    street: 'Kapelstraat 18', postalCode: '5591 HE', city: 'Heeze', region: 'main',
    hires: ['verpleegkundige', 'verzorgende-ig', 'receptionist', 'kok', 'keukenhulp', 'schoonmaker'],
  },

  // ICT
  {
    key: 'dataweide', name: 'Dataweide B.V.', kvk: '76204518', sector: 'ict', size: 280,
    street: 'Kennedyplein 210', postalCode: '5611 ZT', city: 'Eindhoven', region: 'main',
    hires: ['softwareontwikkelaar', 'webontwikkelaar', 'data-engineer', 'data-analist', 'systeembeheerder', 'testengineer', 'accountmanager', 'projectleider'],
  },
  {
    key: 'kempensoft', name: 'Kempensoft B.V.', kvk: '68311905', sector: 'ict', size: 70,
    street: 'Hoofdstraat 120', postalCode: '5683 AG', city: 'Best', region: 'main',
    hires: ['softwareontwikkelaar', 'webontwikkelaar', 'servicedeskmedewerker', 'systeembeheerder', 'accountmanager'],
  },
  {
    key: 'brightlane-embedded', name: 'Brightlane Embedded B.V.', kvk: '73518264', sector: 'ict', size: 130,
    street: 'Ekkersrijt 4108', postalCode: '5692 DB', city: 'Son en Breugel', region: 'main',
    hires: ['embedded-softwareontwikkelaar', 'testengineer', 'elektrotechnisch-ingenieur', 'softwareontwikkelaar', 'projectleider'],
  },

  // Voedingsmiddelen
  {
    key: 'gemertse-hoeve', name: 'Vleeswarenfabriek Gemertse Hoeve B.V.', kvk: '16042817', sector: 'food', size: 420,
    street: 'Molenakker 7', postalCode: '5421 KG', city: 'Gemert', region: 'main',
    hires: ['operator-levensmiddelen', 'productiemedewerker', 'procesoperator', 'heftruckchauffeur', 'laborant', 'teamleider-productie', 'onderhoudstechnicus'],
  },
  {
    key: 'broodfabriek-de-zuidhoek', name: 'Broodfabriek De Zuidhoek B.V.', kvk: '16057340', sector: 'food', size: 230,
    street: 'Nobisweg 9', postalCode: '5721 VA', city: 'Asten', region: 'main',
    hires: ['bakker', 'operator-levensmiddelen', 'productiemedewerker', 'bestelbuschauffeur', 'onderhoudstechnicus'],
  },
  {
    key: 'kempische-zuivel', name: 'Kempische Zuivel B.V.', kvk: '17126094', sector: 'food', size: 300,
    street: 'Turnhoutseweg 22', postalCode: '5541 NV', city: 'Reusel', region: 'main',
    hires: ['procesoperator', 'laborant', 'operator-levensmiddelen', 'vrachtwagenchauffeur', 'kam-coordinator', 'onderhoudstechnicus'],
  },

  // Bouw en installatie
  {
    key: 'bouwgroep-tongelre', name: 'Bouwgroep Tongelre B.V.', kvk: '17248806', sector: 'construction', size: 310,
    street: 'Urkhovenseweg 60', postalCode: '5641 KE', city: 'Eindhoven', region: 'main',
    hires: ['timmerman', 'metselaar', 'uitvoerder-bouw', 'projectleider', 'werkvoorbereider', 'schilder', 'technisch-tekenaar'],
  },
  {
    key: 'installatietechniek-brabant-oost', name: 'Installatietechniek Brabant-Oost B.V.', kvk: '17331478', sector: 'construction', size: 220,
    street: 'Collse Heide 4', postalCode: '5674 VN', city: 'Nuenen', region: 'main',
    hires: ['installatiemonteur', 'loodgieter', 'elektromonteur', 'zonnepanelenmonteur', 'werkvoorbereider', 'servicemonteur', 'projectleider'],
  },
  {
    key: 'timmerfabriek-de-hei', name: 'Timmerfabriek De Hei B.V.', kvk: '17189352', sector: 'construction', size: 65,
    street: 'Loonderweg 12', postalCode: '5571 XJ', city: 'Bergeijk', region: 'main',
    hires: ['timmerman', 'productiemedewerker', 'technisch-tekenaar', 'bestelbuschauffeur'],
  },
  {
    key: 'staalbouw-laarbeek', name: 'Staalbouw Laarbeek B.V.', kvk: '17205679', sector: 'construction', size: 140,
    street: 'Otterweg 21', postalCode: '5741 NB', city: 'Beek en Donk', region: 'main',
    hires: ['lasser', 'constructiebankwerker', 'technisch-tekenaar', 'werkvoorbereider', 'spuiter', 'uitvoerder-bouw'],
  },

  // Onderwijs
  {
    key: 'techniek-college-brabant', name: 'Techniek College Brabant', kvk: '41092650', sector: 'education', size: 1150,
    street: 'Sterrenlaan 10', postalCode: '5631 KA', city: 'Eindhoven', region: 'main',
    hires: ['docent-techniek', 'onderwijsassistent', 'administratief-medewerker', 'systeembeheerder', 'hr-adviseur', 'facilitair-medewerker', 'loopbaanadviseur'],
  },
  {
    key: 'basisonderwijs-kempenland', name: 'Stichting Basisonderwijs Kempenland', kvk: '41095213', sector: 'education', size: 520,
    street: 'Burgemeester van Hoofflaan 20', postalCode: '5503 BV', city: 'Veldhoven', region: 'main',
    hires: ['leraar-basisonderwijs', 'onderwijsassistent', 'pedagogisch-medewerker', 'administratief-medewerker', 'schoonmaker'],
  },

  // Retail
  {
    key: 'warenhuis-stratum', name: 'Warenhuis Stratum B.V.', kvk: '17052986', sector: 'retail', size: 190,
    street: 'Leostraat 12', postalCode: '5615 CN', city: 'Eindhoven', region: 'main',
    hires: ['verkoopmedewerker-winkel', 'kassamedewerker', 'vakkenvuller', 'magazijnmedewerker', 'klantenservicemedewerker'],
  },
  {
    key: 'versmarkt-mierlo', name: 'Versmarkt Mierlo B.V.', kvk: '17437124', sector: 'retail', size: 145,
    street: 'Dorpsstraat 80', postalCode: '5731 JC', city: 'Mierlo', region: 'main',
    hires: ['kassamedewerker', 'vakkenvuller', 'verkoopmedewerker-winkel', 'bakker', 'bestelbuschauffeur'],
  },

  // Zakelijke dienstverlening
  {
    key: 'schoonmaakbedrijf-glansrijk', name: 'Schoonmaakbedrijf Glansrijk B.V.', kvk: '17276613', sector: 'business_services', size: 940,
    street: 'Achtseweg Noord 20', postalCode: '5651 GG', city: 'Eindhoven', region: 'main',
    hires: ['schoonmaker', 'facilitair-medewerker', 'administratief-medewerker', 'salarisadministrateur', 'recruiter'],
  },
  {
    key: 'beveiligingsgroep-waakzaam', name: 'Beveiligingsgroep Waakzaam B.V.', kvk: '17349087', sector: 'business_services', size: 320,
    street: 'Europaweg 40', postalCode: '5707 CL', city: 'Helmond', region: 'main',
    hires: ['beveiliger', 'receptionist', 'facilitair-medewerker', 'recruiter'],
  },
  {
    key: 'strijp-engineering', name: 'Strijp Engineering & Consultancy B.V.', kvk: '72940385', sector: 'business_services', size: 210,
    street: 'Kastanjelaan 500', postalCode: '5616 LZ', city: 'Eindhoven', region: 'main',
    hires: ['werktuigbouwkundig-ingenieur', 'elektrotechnisch-ingenieur', 'technisch-tekenaar', 'projectleider', 'kam-coordinator', 'mechatronica-engineer', 'procesengineer'],
  },
  {
    key: 'loopbaanhuis-brainport', name: 'Loopbaanhuis Brainport B.V.', kvk: '77150362', sector: 'business_services', size: 45,
    street: 'Stationsplein 17', postalCode: '5611 AC', city: 'Eindhoven', region: 'main',
    hires: ['loopbaanadviseur', 'recruiter', 'hr-adviseur', 'administratief-medewerker'],
  },
  {
    key: 'kempenhof-waalre', name: 'Hotel & Congrescentrum Kempenhof', kvk: '17163928', sector: 'business_services', size: 120,
    street: 'Dreef 2', postalCode: '5581 AK', city: 'Waalre', region: 'main',
    hires: ['kok', 'medewerker-bediening', 'keukenhulp', 'receptionist', 'schoonmaker'],
  },

  // Energie
  {
    key: 'stroomnet-zuid-brabant', name: 'Stroomnet Zuid-Brabant B.V.', kvk: '17480931', sector: 'energy', size: 720,
    street: 'De Dintel 14', postalCode: '5684 PR', city: 'Best', region: 'main',
    hires: ['monteur-middenspanning', 'elektromonteur', 'werkvoorbereider', 'projectleider', 'data-analist', 'klantenservicemedewerker', 'financieel-controller'],
  },

  // Overheid
  {
    key: 'omgevingsdienst-dommel-en-aa', name: 'Omgevingsdienst Dommel en Aa', kvk: '50283716', sector: 'government', size: 270,
    street: 'Heuvel 12', postalCode: '5664 HM', city: 'Geldrop', region: 'main',
    hires: ['beleidsmedewerker', 'administratief-medewerker', 'kam-coordinator', 'data-analist', 'hr-adviseur', 'projectleider', 'financieel-controller'],
  },
  {
    key: 'werkbedrijf-peel-en-kempen', name: 'Regionaal Werkbedrijf Peel en Kempen', kvk: '50319458', sector: 'government', size: 380,
    street: 'Wilhelminastraat 12', postalCode: '5711 EH', city: 'Someren', region: 'main',
    hires: ['productiemedewerker', 'loopbaanadviseur', 'schoonmaker', 'administratief-medewerker', 'beleidsmedewerker', 'teamleider-productie'],
  },

  // Nog in afwachting van goedkeuring door de regiocoördinator (laatste twee van de regio).
  {
    key: 'administratiekantoor-kempenland', name: 'Administratiekantoor Kempenland', kvk: '17391746', sector: 'business_services', size: 38,
    street: 'Markt 12', postalCode: '5531 BC', city: 'Bladel', region: 'main',
    hires: ['boekhouder', 'salarisadministrateur', 'financieel-controller', 'administratief-medewerker'],
  },
  {
    key: 'zonnedak-peelland', name: 'Zonnedak Installaties Peelland B.V.', kvk: '80164529', sector: 'energy', size: 55,
    street: 'Vlierdenseweg 77', postalCode: '5753 AP', city: 'Deurne', region: 'main',
    hires: ['zonnepanelenmonteur', 'elektromonteur', 'installatiemonteur', 'accountmanager'],
  },

  // Midden-Brabant (de tweede regio, om de scheiding tussen regio's te laten zien)
  {
    key: 'reeshof-logistics', name: 'Reeshof Logistics B.V.', kvk: '18064273', sector: 'logistics', size: 540,
    street: 'Kraaivenstraat 20', postalCode: '5048 AB', city: 'Tilburg', region: 'other',
    hires: ['magazijnmedewerker', 'heftruckchauffeur', 'vrachtwagenchauffeur', 'logistiek-planner', 'voorraadbeheerder'],
  },
  {
    key: 'zorgcentrum-de-eikenhorst', name: 'Zorgcentrum De Eikenhorst', kvk: '41098532', sector: 'healthcare', size: 330,
    street: 'Almijnenweg 6', postalCode: '5061 KL', city: 'Oisterwijk', region: 'other',
    hires: ['verzorgende-ig', 'verpleegkundige', 'helpende-zorg', 'kok', 'facilitair-medewerker'],
  },
  {
    key: 'dongense-voedingsmiddelen', name: 'Dongense Voedingsmiddelen B.V.', kvk: '18127459', sector: 'food', size: 260,
    street: 'Vaartweg 30', postalCode: '5102 AC', city: 'Dongen', region: 'other',
    hires: ['operator-levensmiddelen', 'productiemedewerker', 'procesoperator', 'onderhoudstechnicus', 'heftruckchauffeur'],
  },
];
