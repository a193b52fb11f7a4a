/**
 * Demo occupations for Zuidoost-Brabant with their ISCO-08 classification (ESCO style: an
 * occupation code is its 4-digit ISCO unit group plus a sequence number) and the skills that
 * are essential or optional for them. Every skill key refers to `skills.ts`.
 */
import { escoIscoGroups, escoOccupations } from './esco';

export interface SeedIscoGroup {
  code: string;
  nl: string;
  en: string;
}

export interface SeedOccupation {
  key: string;
  /** ISCO 4-digit unit group + '.' + sequence number, e.g. '7212.1' (ESCO style). */
  code: string;
  /** The 4-digit ISCO-08 unit group; present in iscoGroups. */
  isco: string;
  nl: string;
  en: string;
  altNl?: string[];
  altEn?: string[];
  /** Skill keys (5–10). */
  essential: string[];
  /** Skill keys (3–8). */
  optional: string[];
}

/** ISCO-08: every unit group used below together with its sub-major, minor and major group. */
const demoIscoGroups: readonly SeedIscoGroup[] = [
  { code: '1', nl: 'Managers', en: 'Managers' },
  { code: '12', nl: 'Managers bedrijfsvoering en commerciële zaken', en: 'Administrative and commercial managers' },
  { code: '121', nl: 'Managers zakelijke en administratieve dienstverlening', en: 'Business services and administration managers' },
  { code: '1219', nl: 'Managers zakelijke en administratieve dienstverlening, niet elders geclassificeerd', en: 'Business services and administration managers not elsewhere classified' },

  { code: '2', nl: 'Intellectuele en wetenschappelijke beroepen', en: 'Professionals' },
  { code: '21', nl: 'Specialisten natuurwetenschappen en techniek', en: 'Science and engineering professionals' },
  { code: '214', nl: 'Ingenieurs (exclusief elektrotechniek)', en: 'Engineering professionals (excluding electrotechnology)' },
  { code: '2141', nl: 'Industrieel ingenieurs en productie-ingenieurs', en: 'Industrial and production engineers' },
  { code: '2144', nl: 'Werktuigbouwkundig ingenieurs', en: 'Mechanical engineers' },
  { code: '2149', nl: 'Ingenieurs, niet elders geclassificeerd', en: 'Engineering professionals not elsewhere classified' },
  { code: '215', nl: 'Ingenieurs elektrotechniek en elektronica', en: 'Electrotechnology engineers' },
  { code: '2151', nl: 'Elektrotechnisch ingenieurs', en: 'Electrical engineers' },
  { code: '22', nl: 'Specialisten gezondheidszorg', en: 'Health professionals' },
  { code: '222', nl: 'Verpleegkundigen en verloskundigen (hbo)', en: 'Nursing and midwifery professionals' },
  { code: '2221', nl: 'Verpleegkundigen (hbo)', en: 'Nursing professionals' },
  { code: '23', nl: 'Onderwijsgevenden', en: 'Teaching professionals' },
  { code: '232', nl: 'Docenten beroepsonderwijs', en: 'Vocational education teachers' },
  { code: '2320', nl: 'Docenten beroepsonderwijs', en: 'Vocational education teachers' },
  { code: '234', nl: 'Leerkrachten basisonderwijs en voorschoolse educatie', en: 'Primary school and early childhood teachers' },
  { code: '2341', nl: 'Leerkrachten basisonderwijs', en: 'Primary school teachers' },
  { code: '24', nl: 'Specialisten bedrijfsvoering en administratie', en: 'Business and administration professionals' },
  { code: '241', nl: 'Financieel specialisten', en: 'Finance professionals' },
  { code: '2411', nl: 'Accountants', en: 'Accountants' },
  { code: '242', nl: 'Specialisten organisatie en administratie', en: 'Administration professionals' },
  { code: '2422', nl: 'Beleidsadviseurs', en: 'Policy administration professionals' },
  { code: '2423', nl: 'Specialisten personeelszaken en loopbaanontwikkeling', en: 'Personnel and careers professionals' },
  { code: '25', nl: 'Specialisten informatie- en communicatietechnologie', en: 'Information and communications technology professionals' },
  { code: '251', nl: 'Software- en applicatieontwikkelaars en -analisten', en: 'Software and applications developers and analysts' },
  { code: '2511', nl: 'Systeemanalisten', en: 'Systems analysts' },
  { code: '2512', nl: 'Softwareontwikkelaars', en: 'Software developers' },
  { code: '2513', nl: 'Web- en multimediaontwikkelaars', en: 'Web and multimedia developers' },
  { code: '2519', nl: 'Software- en applicatieontwikkelaars en -analisten, niet elders geclassificeerd', en: 'Software and applications developers and analysts not elsewhere classified' },
  { code: '252', nl: 'Specialisten databanken en computernetwerken', en: 'Database and network professionals' },
  { code: '2521', nl: 'Databaseontwerpers en -beheerders', en: 'Database designers and administrators' },
  { code: '2522', nl: 'Systeembeheerders', en: 'Systems administrators' },

  { code: '3', nl: 'Technici en vakspecialisten', en: 'Technicians and associate professionals' },
  { code: '31', nl: 'Technici natuurwetenschappen en techniek', en: 'Science and engineering associate professionals' },
  { code: '311', nl: 'Technici fysische en technische wetenschappen', en: 'Physical and engineering science technicians' },
  { code: '3111', nl: 'Technici chemische en fysische wetenschappen', en: 'Chemical and physical science technicians' },
  { code: '3113', nl: 'Technici elektrotechniek', en: 'Electrical engineering technicians' },
  { code: '3115', nl: 'Technici werktuigbouwkunde', en: 'Mechanical engineering technicians' },
  { code: '3118', nl: 'Technisch tekenaars', en: 'Draughtspersons' },
  { code: '312', nl: 'Toezichthouders in de mijnbouw, de industrie en de bouw', en: 'Mining, manufacturing and construction supervisors' },
  { code: '3122', nl: 'Toezichthouders in de industrie', en: 'Manufacturing supervisors' },
  { code: '3123', nl: 'Toezichthouders in de bouw', en: 'Construction supervisors' },
  { code: '313', nl: 'Procestechnici', en: 'Process control technicians' },
  { code: '3139', nl: 'Procestechnici, niet elders geclassificeerd', en: 'Process control technicians not elsewhere classified' },
  { code: '32', nl: 'Vakspecialisten gezondheidszorg', en: 'Health associate professionals' },
  { code: '325', nl: 'Overige vakspecialisten gezondheidszorg', en: 'Other health associate professionals' },
  { code: '3257', nl: 'Inspecteurs milieu, arbeidsomstandigheden en veiligheid', en: 'Environmental and occupational health inspectors and associates' },
  { code: '33', nl: 'Vakspecialisten bedrijfsvoering en administratie', en: 'Business and administration associate professionals' },
  { code: '332', nl: 'Vertegenwoordigers en inkopers', en: 'Sales and purchasing agents and brokers' },
  { code: '3322', nl: 'Commercieel vertegenwoordigers', en: 'Commercial sales representatives' },
  { code: '3323', nl: 'Inkopers', en: 'Buyers' },
  { code: '333', nl: 'Zakelijke dienstverleners', en: 'Business services agents' },
  { code: '3333', nl: 'Arbeidsbemiddelaars', en: 'Employment agents and contractors' },
  { code: '34', nl: 'Juridische, sociale, culturele en verwante vakspecialisten', en: 'Legal, social, cultural and related associate professionals' },
  { code: '341', nl: 'Juridische, sociale en religieuze vakspecialisten', en: 'Legal, social and religious associate professionals' },
  { code: '3412', nl: 'Sociaal werkers (mbo)', en: 'Social work associate professionals' },
  { code: '35', nl: 'Technici informatie- en communicatietechnologie', en: 'Information and communications technicians' },
  { code: '351', nl: 'Technici ICT-beheer en gebruikersondersteuning', en: 'ICT operations and user support technicians' },
  { code: '3512', nl: 'Medewerkers gebruikersondersteuning ICT', en: 'Information and communications technology user support technicians' },

  { code: '4', nl: 'Administratief personeel', en: 'Clerical support workers' },
  { code: '41', nl: 'Algemeen administratief en secretariaatspersoneel', en: 'General and keyboard clerks' },
  { code: '411', nl: 'Algemeen administratief medewerkers', en: 'General office clerks' },
  { code: '4110', nl: 'Algemeen administratief medewerkers', en: 'General office clerks' },
  { code: '42', nl: 'Klantgerichte medewerkers', en: 'Customer services clerks' },
  { code: '422', nl: 'Medewerkers klanteninformatie', en: 'Client information workers' },
  { code: '4222', nl: 'Medewerkers contactcentrum', en: 'Contact centre information clerks' },
  { code: '4226', nl: 'Receptionisten (algemeen)', en: 'Receptionists (general)' },
  { code: '43', nl: 'Administratief medewerkers geldzaken en materiaalregistratie', en: 'Numerical and material recording clerks' },
  { code: '431', nl: 'Administratief medewerkers geldzaken', en: 'Numerical clerks' },
  { code: '4311', nl: 'Boekhoudkundig medewerkers', en: 'Accounting and bookkeeping clerks' },
  { code: '4313', nl: 'Salarisadministrateurs', en: 'Payroll clerks' },
  { code: '432', nl: 'Medewerkers materiaalregistratie en transport', en: 'Material-recording and transport clerks' },
  { code: '4321', nl: 'Voorraadadministrateurs', en: 'Stock clerks' },
  { code: '4322', nl: 'Productieplanners en -administrateurs', en: 'Production clerks' },
  { code: '4323', nl: 'Transportplanners en -administrateurs', en: 'Transport clerks' },

  { code: '5', nl: 'Dienstverlenend personeel en verkopers', en: 'Service and sales workers' },
  { code: '51', nl: 'Persoonlijk dienstverlenend personeel', en: 'Personal service workers' },
  { code: '512', nl: 'Koks', en: 'Cooks' },
  { code: '5120', nl: 'Koks', en: 'Cooks' },
  { code: '513', nl: 'Kelners en barpersoneel', en: 'Waiters and bartenders' },
  { code: '5131', nl: 'Kelners', en: 'Waiters' },
  { code: '515', nl: 'Toezichthouders en huishoudelijk personeel in gebouwen', en: 'Building and housekeeping supervisors' },
  { code: '5153', nl: 'Conciërges en huismeesters', en: 'Building caretakers' },
  { code: '52', nl: 'Verkopers', en: 'Sales workers' },
  { code: '522', nl: 'Winkelverkopers', en: 'Shop salespersons' },
  { code: '5223', nl: 'Verkoopmedewerkers in winkels', en: 'Shop sales assistants' },
  { code: '523', nl: 'Kassamedewerkers en kaartverkopers', en: 'Cashiers and ticket clerks' },
  { code: '5230', nl: 'Kassamedewerkers en kaartverkopers', en: 'Cashiers and ticket clerks' },
  { code: '53', nl: 'Verzorgend personeel', en: 'Personal care workers' },
  { code: '531', nl: 'Kinderverzorgers en onderwijsassistenten', en: "Child care workers and teachers' aides" },
  { code: '5311', nl: 'Kinderverzorgers', en: 'Child care workers' },
  { code: '5312', nl: 'Onderwijsassistenten', en: "Teachers' aides" },
  { code: '532', nl: 'Verzorgend personeel in de gezondheidszorg', en: 'Personal care workers in health services' },
  { code: '5321', nl: 'Verzorgenden in de gezondheidszorg', en: 'Health care assistants' },
  { code: '5329', nl: 'Verzorgend personeel in de gezondheidszorg, niet elders geclassificeerd', en: 'Personal care workers in health services not elsewhere classified' },
  { code: '54', nl: 'Beschermend personeel', en: 'Protective services workers' },
  { code: '541', nl: 'Beschermend personeel', en: 'Protective services workers' },
  { code: '5414', nl: 'Beveiligingspersoneel', en: 'Security guards' },

  { code: '7', nl: 'Ambachtslieden', en: 'Craft and related trades workers' },
  { code: '71', nl: 'Bouwarbeiders, exclusief elektriciens', en: 'Building and related trades workers, excluding electricians' },
  { code: '711', nl: 'Bouwarbeiders ruwbouw', en: 'Building frame and related trades workers' },
  { code: '7112', nl: 'Metselaars en verwante beroepen', en: 'Bricklayers and related workers' },
  { code: '7115', nl: 'Timmerlieden', en: 'Carpenters and joiners' },
  { code: '712', nl: 'Bouwarbeiders afbouw', en: 'Building finishers and related trades workers' },
  { code: '7126', nl: 'Loodgieters en pijpfitters', en: 'Plumbers and pipe fitters' },
  { code: '713', nl: 'Schilders, reinigers van bouwconstructies en verwante beroepen', en: 'Painters, building structure cleaners and related trades workers' },
  { code: '7131', nl: 'Schilders en verwante beroepen', en: 'Painters and related workers' },
  { code: '7132', nl: 'Spuiters en lakkers', en: 'Spray painters and varnishers' },
  { code: '72', nl: 'Metaalbewerkers, machinebouwers en verwante beroepen', en: 'Metal, machinery and related trades workers' },
  { code: '721', nl: 'Plaatwerkers, constructiewerkers, vormenmakers, lassers en verwante beroepen', en: 'Sheet and structural metal workers, moulders and welders, and related workers' },
  { code: '7212', nl: 'Lassers en snijders', en: 'Welders and flame cutters' },
  { code: '7213', nl: 'Plaatwerkers', en: 'Sheet-metal workers' },
  { code: '7214', nl: 'Constructiewerkers metaal', en: 'Structural-metal preparers and erectors' },
  { code: '722', nl: 'Smeden, gereedschapsmakers en verwante beroepen', en: 'Blacksmiths, toolmakers and related trades workers' },
  { code: '7223', nl: 'Instellers en bedieners van metaalbewerkingsmachines', en: 'Metal working machine tool setters and operators' },
  { code: '723', nl: 'Monteurs en reparateurs van machines', en: 'Machinery mechanics and repairers' },
  { code: '7231', nl: 'Monteurs en reparateurs van motorvoertuigen', en: 'Motor vehicle mechanics and repairers' },
  { code: '7233', nl: 'Monteurs en reparateurs van landbouw- en industriële machines', en: 'Agricultural and industrial machinery mechanics and repairers' },
  { code: '74', nl: 'Elektriciens en elektronicamonteurs', en: 'Electrical and electronic trades workers' },
  { code: '741', nl: 'Installateurs en reparateurs van elektrische apparatuur', en: 'Electrical equipment installers and repairers' },
  { code: '7411', nl: 'Elektriciens (bouw en installatie)', en: 'Building and related electricians' },
  { code: '7413', nl: 'Monteurs en reparateurs van elektriciteitsleidingen', en: 'Electrical line installers and repairers' },
  { code: '742', nl: 'Installateurs en reparateurs van elektronica en telecommunicatie', en: 'Electronics and telecommunications installers and repairers' },
  { code: '7421', nl: 'Monteurs en reparateurs van elektronische apparatuur', en: 'Electronics mechanics and servicers' },
  { code: '75', nl: 'Ambachtslieden voedingsmiddelen, hout, kleding en overige ambachten', en: 'Food processing, wood working, garment and other craft and related trades workers' },
  { code: '751', nl: 'Ambachtslieden voedingsmiddelenbereiding', en: 'Food processing and related trades workers' },
  { code: '7512', nl: 'Bakkers, banketbakkers en suikerbakkers', en: 'Bakers, pastry-cooks and confectionery makers' },
  { code: '754', nl: 'Overige ambachtslieden en verwante beroepen', en: 'Other craft and related workers' },
  { code: '7543', nl: 'Keurders en testers van producten (exclusief voedingsmiddelen en dranken)', en: 'Product graders and testers (excluding foods and beverages)' },

  { code: '8', nl: 'Bedieners van machines en installaties, assembleurs', en: 'Plant and machine operators, and assemblers' },
  { code: '81', nl: 'Bedieners van stationaire machines en installaties', en: 'Stationary plant and machine operators' },
  { code: '816', nl: 'Bedieners van machines voor voedingsmiddelen en verwante producten', en: 'Food and related products machine operators' },
  { code: '8160', nl: 'Bedieners van machines voor voedingsmiddelen en verwante producten', en: 'Food and related products machine operators' },
  { code: '82', nl: 'Assembleurs', en: 'Assemblers' },
  { code: '821', nl: 'Assembleurs', en: 'Assemblers' },
  { code: '8211', nl: 'Assembleurs van mechanische machines', en: 'Mechanical machinery assemblers' },
  { code: '8219', nl: 'Assembleurs, niet elders geclassificeerd', en: 'Assemblers not elsewhere classified' },
  { code: '83', nl: 'Bestuurders van voertuigen en bedieners van mobiele installaties', en: 'Drivers and mobile plant operators' },
  { code: '832', nl: "Bestuurders van personenauto's, bestelwagens en motorfietsen", en: 'Car, van and motorcycle drivers' },
  { code: '8322', nl: "Chauffeurs van auto's, taxi's en bestelwagens", en: 'Car, taxi and van drivers' },
  { code: '833', nl: 'Bestuurders van vrachtwagens en bussen', en: 'Heavy truck and bus drivers' },
  { code: '8332', nl: 'Vrachtwagenchauffeurs', en: 'Heavy truck and lorry drivers' },
  { code: '834', nl: 'Bedieners van mobiele installaties', en: 'Mobile plant operators' },
  { code: '8344', nl: 'Heftruckbestuurders', en: 'Lifting truck operators' },

  { code: '9', nl: 'Elementaire beroepen', en: 'Elementary occupations' },
  { code: '91', nl: 'Schoonmakers en huishoudelijke hulpen', en: 'Cleaners and helpers' },
  { code: '911', nl: 'Schoonmakers en hulpen in huishoudens, hotels en kantoren', en: 'Domestic, hotel and office cleaners and helpers' },
  { code: '9112', nl: 'Schoonmakers en hulpen in kantoren, hotels en andere instellingen', en: 'Cleaners and helpers in offices, hotels and other establishments' },
  { code: '93', nl: 'Hulpkrachten mijnbouw, bouw, industrie en transport', en: 'Labourers in mining, construction, manufacturing and transport' },
  { code: '932', nl: 'Hulpkrachten industrie', en: 'Manufacturing labourers' },
  { code: '9329', nl: 'Hulpkrachten industrie, niet elders geclassificeerd', en: 'Manufacturing labourers not elsewhere classified' },
  { code: '933', nl: 'Hulpkrachten transport en opslag', en: 'Transport and storage labourers' },
  { code: '9333', nl: 'Laders, lossers en magazijnmedewerkers', en: 'Freight handlers' },
  { code: '9334', nl: 'Vakkenvullers', en: 'Shelf fillers' },
  { code: '94', nl: 'Assistenten bij de bereiding van maaltijden', en: 'Food preparation assistants' },
  { code: '941', nl: 'Assistenten bij de bereiding van maaltijden', en: 'Food preparation assistants' },
  { code: '9412', nl: 'Keukenhulpen', en: 'Kitchen helpers' },
];

const demoOccupations: readonly SeedOccupation[] = [
  // Metaal en maakindustrie
  {
    key: 'lasser', code: '7212.1', isco: '7212', nl: 'Lasser', en: 'Welder',
    altNl: ['constructielasser', 'MIG/MAG-lasser', 'TIG-lasser'], altEn: ['MIG/MAG welder', 'TIG welder'],
    essential: ['lassen', 'mig-mag-lassen', 'tig-lassen', 'technische-tekeningen-lezen', 'lassymbolen', 'meetgereedschap', 'veilig-werken'],
    optional: ['elektrodelassen', 'orbitaallassen', 'autogeen-lassen-snijden', 'lasmethodebeschrijvingen', 'bankwerken', 'vca', 'metaalkunde'],
  },
  {
    key: 'cnc-verspaner', code: '7223.1', isco: '7223', nl: 'CNC-verspaner', en: 'CNC machinist',
    altNl: ['CNC-draaier', 'CNC-frezer', 'CNC-operator'], altEn: ['CNC operator', 'CNC turner', 'CNC miller'],
    essential: ['verspanen', 'cnc-draaien', 'cnc-frezen', 'cnc-programmeren', 'technische-tekeningen-lezen', 'meetgereedschap', 'machines-afstellen'],
    optional: ['cam-programmeren', 'gdt', 'cmm-meten', 'conventioneel-draaien', 'conventioneel-frezen', 'slijpen', 'metaalkunde', 'nauwkeurig-werken'],
  },
  {
    key: 'plaatwerker', code: '7213.1', isco: '7213', nl: 'Plaatwerker', en: 'Sheet metal worker',
    altNl: ['plaatbewerker', 'kantbankoperator'], altEn: ['press brake operator'],
    essential: ['plaatbewerking', 'kanten', 'lasersnijden', 'technische-tekeningen-lezen', 'meetgereedschap'],
    optional: ['ponsen', 'mig-mag-lassen', 'puntlassen', 'machines-afstellen', 'cnc-programmeren'],
  },
  {
    key: 'constructiebankwerker', code: '7214.1', isco: '7214', nl: 'Constructiebankwerker', en: 'Structural metal fabricator',
    altNl: ['metaalbewerker', 'constructiewerker'], altEn: ['steel fabricator', 'metalworker'],
    essential: ['staalconstructies', 'bankwerken', 'mig-mag-lassen', 'technische-tekeningen-lezen', 'meetgereedschap', 'veilig-werken'],
    optional: ['autogeen-lassen-snijden', 'plaatbewerking', 'werken-op-hoogte', 'vca', 'stralen'],
  },
  {
    key: 'spuiter', code: '7132.1', isco: '7132', nl: 'Spuiter', en: 'Spray painter',
    altNl: ['autospuiter', 'lakspuiter', 'industrieel spuiter'], altEn: ['car painter', 'industrial painter'],
    essential: ['spuiten', 'oppervlaktebehandeling', 'stralen', 'gevaarlijke-stoffen', 'nauwkeurig-werken'],
    optional: ['autospuiten', 'schadeherstel', 'kwaliteitscontrole', 'veilig-werken'],
  },
  {
    key: 'monteur-mechatronica', code: '8211.1', isco: '8211', nl: 'Monteur mechatronica', en: 'Mechatronics assembler',
    altNl: ['mechatronicus', 'monteur machinebouw', 'assemblagemonteur'], altEn: ['mechatronics technician', 'machine builder'],
    essential: ['mechatronica', 'mechanica', 'assembleren', 'technische-tekeningen-lezen', 'elektrotechnische-schemas-lezen', 'pneumatiek'],
    optional: ['precisiemontage', 'cleanroom-werken', 'hydrauliek', 'kabels-aansluiten', 'esd', 'storingsanalyse', 'systeemintegratie-testen'],
  },
  {
    key: 'assemblagemedewerker', code: '8219.1', isco: '8219', nl: 'Assemblagemedewerker', en: 'Assembly worker',
    altNl: ['assembleur', 'medewerker assemblage', 'cleanroommedewerker'], altEn: ['assembler', 'cleanroom operator'],
    essential: ['assembleren', 'precisiemontage', 'technische-tekeningen-lezen', 'nauwkeurig-werken', 'esd', 'cleanroom-werken'],
    optional: ['kabelbomen', 'printplaten-assembleren', 'solderen', 'visuele-inspectie', 'productielijn', '5s'],
  },
  {
    key: 'productiemedewerker', code: '9329.1', isco: '9329', nl: 'Productiemedewerker', en: 'Production worker',
    altNl: ['medewerker productie', 'inpakker', 'lijnmedewerker'], altEn: ['factory worker', 'line worker', 'packer'],
    essential: ['productielijn', 'verpakken', 'machines-bedienen', 'veilig-werken', 'nauwkeurig-werken'],
    optional: ['assembleren', 'heftruck-rijden', 'ept-rijden', '5s', 'hygienisch-werken', 'visuele-inspectie', 'fysieke-belastbaarheid'],
  },
  {
    key: 'procesoperator', code: '3139.1', isco: '3139', nl: 'Procesoperator', en: 'Process operator',
    altNl: ['operator', 'productieoperator', 'operator procesindustrie'], altEn: ['plant operator', 'production operator'],
    essential: ['procesbewaking', 'controlekamer', 'procestechniek', 'machines-bedienen', 'storingsanalyse', 'monsters-nemen', 'veilig-werken'],
    optional: ['chemische-processen', 'productiegegevens', 'gmp', 'haccp', '5s', 'loto', 'vca', 'lean'],
  },
  {
    key: 'operator-levensmiddelen', code: '8160.1', isco: '8160', nl: 'Operator levensmiddelenindustrie', en: 'Food production operator',
    altNl: ['productieoperator food', 'machineoperator voeding', 'operator verpakkingslijn'], altEn: ['food machine operator', 'packaging line operator'],
    essential: ['verpakkingslijn', 'machines-bedienen', 'haccp', 'hygienisch-werken', 'productiegegevens', 'machines-afstellen'],
    optional: ['voedselveiligheid', 'ifs-brc', 'koelketen', 'productkwaliteit-voeding', '5s', 'storingsanalyse', 'heftruck-rijden'],
  },
  {
    key: 'bakker', code: '7512.1', isco: '7512', nl: 'Bakker', en: 'Baker',
    altNl: ['broodbakker', 'productiemedewerker bakkerij'], altEn: ['bread baker', 'bakery worker'],
    essential: ['bakken', 'hygienisch-werken', 'haccp', 'allergenen', 'machines-bedienen'],
    optional: ['levensmiddelentechnologie', 'verpakken', 'nauwkeurig-werken', 'samenwerken', 'fysieke-belastbaarheid'],
  },
  {
    key: 'kwaliteitsinspecteur', code: '7543.1', isco: '7543', nl: 'Kwaliteitsinspecteur', en: 'Quality inspector',
    altNl: ['kwaliteitscontroleur', 'QC-medewerker', 'inspecteur kwaliteit'], altEn: ['quality controller', 'QC inspector'],
    essential: ['kwaliteitscontrole', 'visuele-inspectie', 'meetgereedschap', 'cmm-meten', 'technische-tekeningen-lezen', 'afwijkingen', 'gdt'],
    optional: ['spc', 'ndo', 'kalibreren', 'iso-9001', 'oorzaakanalyse', 'nauwkeurig-werken', 'excel'],
  },
  {
    key: 'laborant', code: '3111.1', isco: '3111', nl: 'Laborant', en: 'Laboratory technician',
    altNl: ['analist', 'laboratoriummedewerker', 'labmedewerker'], altEn: ['lab analyst', 'lab technician'],
    essential: ['laboratoriumtechnieken', 'monsters-nemen', 'nauwkeurig-werken', 'gevaarlijke-stoffen', 'gmp', 'schriftelijk-communiceren'],
    optional: ['statistiek', 'excel', 'iso-9001', 'chemische-processen', 'levensmiddelentechnologie', 'kalibreren'],
  },
  {
    key: 'teamleider-productie', code: '3122.1', isco: '3122', nl: 'Teamleider productie', en: 'Production team leader',
    altNl: ['ploegleider', 'shiftleader', 'meewerkend voorman'], altEn: ['shift leader', 'production supervisor'],
    essential: ['teamleiding', 'productieplanning', 'personeelsplanning', 'lean', 'veilig-werken', 'kpi-sturing', 'communiceren'],
    optional: ['medewerkers-coachen', '5s', 'oorzaakanalyse', 'tpm', 'conflicthantering', 'verzuimbegeleiding', 'vca'],
  },

  // Techniek, onderhoud en elektro
  {
    key: 'onderhoudstechnicus', code: '7233.1', isco: '7233', nl: 'Onderhoudstechnicus', en: 'Maintenance technician',
    altNl: ['onderhoudsmonteur', 'technicus onderhoud', 'storingsmonteur'], altEn: ['maintenance engineer', 'maintenance fitter'],
    essential: ['preventief-onderhoud', 'correctief-onderhoud', 'storingsanalyse', 'hydrauliek', 'pneumatiek', 'elektrische-storingen', 'mechanica', 'veilig-werken'],
    optional: ['predictief-onderhoud', 'tpm', 'cmms', 'plc-programmeren', 'uitlijnen', 'lagers-vervangen', 'loto', 'nen-3140'],
  },
  {
    key: 'servicemonteur', code: '7233.2', isco: '7233', nl: 'Servicemonteur', en: 'Field service technician',
    altNl: ['servicetechnicus', 'field service engineer', 'buitendienstmonteur'], altEn: ['service engineer', 'field service engineer'],
    essential: ['service-bij-klant', 'storingsanalyse', 'correctief-onderhoud', 'preventief-onderhoud', 'elektrotechnische-schemas-lezen', 'mechanica', 'klantgerichtheid'],
    optional: ['hydrauliek', 'pneumatiek', 'plc-programmeren', 'koeltechniek', 'technische-documentatie', 'engels', 'duits'],
  },
  {
    key: 'elektromonteur', code: '7411.1', isco: '7411', nl: 'Elektromonteur', en: 'Electrician',
    altNl: ['elektricien', 'monteur elektrotechniek', 'E-monteur'], altEn: ['electrical installer', 'electrical fitter'],
    essential: ['elektrotechnische-installaties-aanleggen', 'elektrotechnische-schemas-lezen', 'kabels-aansluiten', 'nen-1010', 'nen-3140', 'elektrische-metingen', 'vca'],
    optional: ['elektrotechnische-installaties-onderhouden', 'elektrische-storingen', 'zonnepanelen-installeren', 'laadpalen-installeren', 'domotica', 'werken-op-hoogte', 'schakelkasten-bouwen'],
  },
  {
    key: 'zonnepanelenmonteur', code: '7411.2', isco: '7411', nl: 'Zonnepanelenmonteur', en: 'Solar panel installer',
    altNl: ['PV-monteur', 'monteur zonne-energie'], altEn: ['PV installer', 'solar technician'],
    essential: ['zonnepanelen-installeren', 'werken-op-hoogte', 'elektrotechnische-installaties-aanleggen', 'nen-1010', 'veilig-werken', 'vca'],
    optional: ['laadpalen-installeren', 'batterijsystemen', 'energietransitie', 'dakdekken', 'klantgerichtheid'],
  },
  {
    key: 'monteur-middenspanning', code: '7413.1', isco: '7413', nl: 'Monteur middenspanning', en: 'Medium-voltage network technician',
    altNl: ['netwerkmonteur', 'kabelmonteur', 'monteur elektriciteitsnet'], altEn: ['power line technician', 'cable jointer'],
    essential: ['middenspanning', 'kabelmoffen', 'nen-3140', 'elektrische-metingen', 'elektrotechnische-schemas-lezen', 'veilig-werken', 'vca'],
    optional: ['elektrische-storingen', 'energietransitie', 'inbedrijfstellen', 'werken-op-hoogte', 'zelfstandig-werken'],
  },
  {
    key: 'elektronicamonteur', code: '7421.1', isco: '7421', nl: 'Elektronicamonteur', en: 'Electronics technician',
    altNl: ['elektronicus', 'monteur elektronica', 'reparateur elektronica'], altEn: ['electronics repairer', 'electronics fitter'],
    essential: ['elektronica', 'solderen', 'printplaten-assembleren', 'elektronica-repareren', 'meetapparatuur-elektronica', 'esd', 'elektrotechnische-schemas-lezen'],
    optional: ['kabelbomen', 'visuele-inspectie', 'pcb-ontwerp', 'storingsanalyse', 'nauwkeurig-werken'],
  },
  {
    key: 'besturingstechnicus', code: '3113.1', isco: '3113', nl: 'Besturingstechnicus', en: 'Automation technician',
    altNl: ['PLC-programmeur', 'automation engineer', 'industrieel automatiseerder'], altEn: ['PLC programmer', 'controls engineer'],
    essential: ['plc-programmeren', 'industriele-automatisering', 'besturingstechniek', 'hmi-scada', 'elektrotechnische-schemas-lezen', 'inbedrijfstellen', 'storingsanalyse'],
    optional: ['siemens-tia-portal', 'robots-programmeren', 'vision-systemen', 'aandrijftechniek', 'motion-control', 'schakelkasten-bouwen', 'python', 'engels'],
  },
  {
    key: 'automonteur', code: '7231.1', isco: '7231', nl: 'Automonteur', en: 'Car mechanic',
    altNl: ['autotechnicus', "monteur personenauto's"], altEn: ['automotive technician', 'motor vehicle technician'],
    essential: ['voertuigonderhoud', 'voertuigdiagnose', 'voertuigelektronica', 'storingsanalyse', 'apk-keuren'],
    optional: ['elektrische-voertuigen', 'bedrijfswagens', 'klantgerichtheid', 'veilig-werken'],
  },
  {
    key: 'bedrijfswagenmonteur', code: '7231.2', isco: '7231', nl: 'Bedrijfswagenmonteur', en: 'Heavy vehicle mechanic',
    altNl: ['truckmonteur', "monteur bedrijfsauto's"], altEn: ['truck mechanic', 'HGV technician'],
    essential: ['bedrijfswagens', 'voertuigonderhoud', 'voertuigdiagnose', 'hydrauliek', 'pneumatiek', 'voertuigelektronica'],
    optional: ['elektrische-voertuigen', 'lassen', 'apk-keuren', 'veilig-werken', 'engels'],
  },

  // Engineering en ICT
  {
    key: 'werkvoorbereider', code: '3115.1', isco: '3115', nl: 'Werkvoorbereider', en: 'Work preparation engineer',
    altNl: ['werkvoorbereider metaal', 'productievoorbereider'], altEn: ['production engineer', 'manufacturing engineer'],
    essential: ['werkvoorbereiding', 'stuklijsten', 'calculeren', 'technische-tekeningen-lezen', 'erp', 'planning'],
    optional: ['cam-programmeren', 'cad-3d', 'productieplanning', 'inkopen', 'cnc-programmeren', 'engineering-change', 'excel'],
  },
  {
    key: 'technisch-tekenaar', code: '3118.1', isco: '3118', nl: 'Technisch tekenaar', en: 'Draughtsperson',
    altNl: ['tekenaar-constructeur', 'CAD-tekenaar', 'engineer tekenwerk'], altEn: ['CAD drafter', 'technical draughtsman'],
    essential: ['technisch-tekenen', 'cad-3d', 'autocad', 'technische-tekeningen-lezen', 'gdt', 'stuklijsten'],
    optional: ['pdm-plm', 'werktuigbouwkunde', 'sterkteberekeningen', 'bim', 'lassymbolen', 'engineering-change'],
  },
  {
    key: 'werktuigbouwkundig-ingenieur', code: '2144.1', isco: '2144', nl: 'Werktuigbouwkundig ingenieur', en: 'Mechanical engineer',
    altNl: ['mechanical engineer', 'constructeur', 'mechanisch ontwerper'], altEn: ['mechanical design engineer', 'design engineer'],
    essential: ['werktuigbouwkunde', 'cad-3d', 'sterkteberekeningen', 'productontwikkeling', 'gdt', 'requirements'],
    optional: ['fem-analyse', 'mechatronisch-ontwerpen', 'pdm-plm', 'prototypes', 'fmea', 'vacuumtechniek', 'matlab', 'technisch-engels'],
  },
  {
    key: 'mechatronica-engineer', code: '2149.1', isco: '2149', nl: 'Mechatronica-engineer', en: 'Mechatronics engineer',
    altNl: ['mechatronic engineer', 'systeemengineer', 'ontwerper mechatronica'], altEn: ['systems engineer', 'mechatronic design engineer'],
    essential: ['mechatronisch-ontwerpen', 'mechatronica', 'systems-engineering', 'regeltechniek', 'matlab', 'requirements', 'systeemintegratie-testen'],
    optional: ['motion-control', 'toegepaste-natuurkunde', 'optica', 'vacuumtechniek', 'cpp', 'python', 'fmea', 'technisch-engels'],
  },
  {
    key: 'procesengineer', code: '2141.1', isco: '2141', nl: 'Procesengineer', en: 'Process engineer',
    altNl: ['process engineer', 'productie-engineer', 'industrieel ingenieur'], altEn: ['industrial engineer', 'manufacturing process engineer'],
    essential: ['procestechniek', 'lean', 'six-sigma', 'spc', 'oorzaakanalyse', 'data-analyse', 'fmea'],
    optional: ['continu-verbeteren', 'projectmanagement', 'halfgeleidertechnologie', 'productieplanning', 'iso-9001', '5s', 'smed', 'excel-gevorderd'],
  },
  {
    key: 'kwaliteitsengineer', code: '2141.2', isco: '2141', nl: 'Kwaliteitsengineer', en: 'Quality engineer',
    altNl: ['quality engineer', 'kwaliteitskundige'], altEn: ['supplier quality engineer', 'quality assurance engineer'],
    essential: ['kwaliteitszorg', 'iso-9001', 'audits', 'fmea', 'oorzaakanalyse', 'spc', 'afwijkingen'],
    optional: ['iso-13485', 'iatf-16949', 'six-sigma', 'leveranciersbeheer', 'gdt', 'statistiek', 'engels'],
  },
  {
    key: 'elektrotechnisch-ingenieur', code: '2151.1', isco: '2151', nl: 'Elektrotechnisch ingenieur', en: 'Electrical engineer',
    altNl: ['electrical engineer', 'ontwerper elektrotechniek'], altEn: ['electrical design engineer', 'E&I engineer'],
    essential: ['elektronica', 'pcb-ontwerp', 'elektrotechnische-schemas-lezen', 'regeltechniek', 'nen-1010', 'requirements', 'machinerichtlijn'],
    optional: ['industriele-automatisering', 'plc-programmeren', 'meet-en-regeltechniek', 'energietransitie', 'batterijsystemen', 'matlab', 'technisch-engels'],
  },
  {
    key: 'softwareontwikkelaar', code: '2512.1', isco: '2512', nl: 'Softwareontwikkelaar', en: 'Software developer',
    altNl: ['software engineer', 'developer', 'programmeur'], altEn: ['software engineer', 'programmer'],
    essential: ['programmeren', 'git', 'sql', 'apis', 'software-architectuur', 'software-testen', 'agile'],
    optional: ['python', 'java', 'csharp', 'javascript', 'typescript', 'containers', 'cloud', 'ci-cd'],
  },
  {
    key: 'embedded-softwareontwikkelaar', code: '2512.2', isco: '2512', nl: 'Embedded softwareontwikkelaar', en: 'Embedded software engineer',
    altNl: ['embedded software engineer', 'firmware-ontwikkelaar', 'embedded developer'], altEn: ['firmware engineer', 'embedded developer'],
    essential: ['embedded-software', 'c-programmeertaal', 'cpp', 'rtos', 'elektronica', 'git', 'software-testen'],
    optional: ['python', 'linux', 'meetapparatuur-elektronica', 'regeltechniek', 'matlab', 'scrum', 'requirements', 'technisch-engels'],
  },
  {
    key: 'webontwikkelaar', code: '2513.1', isco: '2513', nl: 'Webontwikkelaar', en: 'Web developer',
    altNl: ['front-end developer', 'full-stack developer', 'webdeveloper'], altEn: ['front-end developer', 'full-stack developer'],
    essential: ['webontwikkeling', 'javascript', 'typescript', 'react', 'apis', 'git'],
    optional: ['ux-ontwerp', 'sql', 'containers', 'cloud', 'scrum', 'testautomatisering'],
  },
  {
    key: 'testengineer', code: '2519.1', isco: '2519', nl: 'Testengineer', en: 'Test engineer',
    altNl: ['softwaretester', 'testautomatiseerder', 'QA-engineer'], altEn: ['software tester', 'test automation engineer', 'QA engineer'],
    essential: ['software-testen', 'testautomatisering', 'istqb', 'python', 'git', 'agile', 'requirements'],
    optional: ['ci-cd', 'java', 'sql', 'scrum', 'systeemintegratie-testen', 'labview', 'analytisch-denken'],
  },
  {
    key: 'data-analist', code: '2511.1', isco: '2511', nl: 'Data-analist', en: 'Data analyst',
    altNl: ['data analyst', 'BI-analist', 'rapportage-analist'], altEn: ['BI analyst', 'reporting analyst'],
    essential: ['data-analyse', 'sql', 'datavisualisatie', 'statistiek', 'excel-gevorderd', 'business-intelligence'],
    optional: ['python', 'pandas', 'r-programmeertaal', 'data-kwaliteit', 'machine-learning', 'datamodellering', 'presenteren', 'analytisch-denken'],
  },
  {
    key: 'data-engineer', code: '2521.1', isco: '2521', nl: 'Data-engineer', en: 'Data engineer',
    altNl: ['databaseontwikkelaar', 'BI-ontwikkelaar', 'databasebeheerder'], altEn: ['database developer', 'BI developer'],
    essential: ['data-engineering', 'sql', 'databases', 'datamodellering', 'python', 'cloud'],
    optional: ['containers', 'data-kwaliteit', 'git', 'ci-cd', 'business-intelligence', 'linux'],
  },
  {
    key: 'systeembeheerder', code: '2522.1', isco: '2522', nl: 'Systeembeheerder', en: 'System administrator',
    altNl: ['ICT-beheerder', 'IT-beheerder', 'netwerkbeheerder'], altEn: ['IT administrator', 'sysadmin'],
    essential: ['systeembeheer', 'windows-server', 'linux', 'netwerkbeheer', 'informatiebeveiliging', 'itil', 'storingsanalyse'],
    optional: ['cloud', 'containers', 'python', 'werkplekondersteuning', 'databases', 'engels'],
  },
  {
    key: 'servicedeskmedewerker', code: '3512.1', isco: '3512', nl: 'Servicedeskmedewerker', en: 'IT service desk agent',
    altNl: ['helpdeskmedewerker', 'ICT-supportmedewerker', 'eerstelijns supporter'], altEn: ['helpdesk agent', 'IT support technician'],
    essential: ['werkplekondersteuning', 'itil', 'klantgerichtheid', 'telefonisch-klantcontact', 'storingsanalyse', 'kantoorsoftware'],
    optional: ['netwerkbeheer', 'windows-server', 'informatiebeveiliging', 'engels', 'zakelijke-correspondentie'],
  },

  // Logistiek en inkoop
  {
    key: 'magazijnmedewerker', code: '9333.1', isco: '9333', nl: 'Magazijnmedewerker', en: 'Warehouse operative',
    altNl: ['orderpicker', 'logistiek medewerker', 'medewerker expeditie'], altEn: ['order picker', 'warehouse worker', 'logistics assistant'],
    essential: ['orderpicken', 'goederenontvangst', 'expeditie', 'handscanner', 'wms', 'ept-rijden', 'laden-lossen'],
    optional: ['heftruck-rijden', 'reachtruck-rijden', 'inventariseren', 'retouren', 'lading-zekeren', 'verpakken', 'fysieke-belastbaarheid'],
  },
  {
    key: 'heftruckchauffeur', code: '8344.1', isco: '8344', nl: 'Heftruckchauffeur', en: 'Forklift driver',
    altNl: ['heftruckbestuurder', 'reachtruckchauffeur', 'intern transporteur'], altEn: ['forklift operator', 'reach truck driver'],
    essential: ['heftruck-rijden', 'reachtruck-rijden', 'intern-transport', 'laden-lossen', 'lading-zekeren', 'veilig-werken', 'wms'],
    optional: ['ept-rijden', 'goederenontvangst', 'expeditie', 'handscanner', 'inventariseren', 'vca'],
  },
  {
    key: 'vrachtwagenchauffeur', code: '8332.1', isco: '8332', nl: 'Vrachtwagenchauffeur', en: 'Truck driver',
    altNl: ['chauffeur CE', 'internationaal chauffeur', 'trucker'], altEn: ['HGV driver', 'lorry driver'],
    essential: ['vrachtwagen-rijden', 'code-95', 'rij-en-rusttijden', 'lading-zekeren', 'laden-lossen'],
    optional: ['adr', 'koelketen', 'routeplanning', 'heftruck-rijden', 'duits', 'engels', 'klantgerichtheid'],
  },
  {
    key: 'bestelbuschauffeur', code: '8322.1', isco: '8322', nl: 'Bestelbuschauffeur', en: 'Delivery driver',
    altNl: ['koerier', 'pakketbezorger', 'chauffeur rijbewijs B'], altEn: ['courier', 'van driver'],
    essential: ['bestelbus-rijden', 'routeplanning', 'laden-lossen', 'klantgerichtheid', 'zelfstandig-werken'],
    optional: ['handscanner', 'lading-zekeren', 'stressbestendigheid', 'fysieke-belastbaarheid', 'nederlands'],
  },
  {
    key: 'logistiek-planner', code: '4323.1', isco: '4323', nl: 'Logistiek planner', en: 'Logistics planner',
    altNl: ['transportplanner', 'planner logistiek', 'ritplanner'], altEn: ['transport planner', 'route planner'],
    essential: ['logistieke-planning', 'routeplanning', 'tms', 'rij-en-rusttijden', 'communiceren', 'plannen-organiseren', 'excel'],
    optional: ['douane', 'incoterms', 'adr', 'erp', 'stressbestendigheid', 'duits', 'engels'],
  },
  {
    key: 'productieplanner', code: '4322.1', isco: '4322', nl: 'Productieplanner', en: 'Production planner',
    altNl: ['planner productie', 'capaciteitsplanner', 'orderplanner'], altEn: ['capacity planner', 'production scheduler'],
    essential: ['productieplanning', 'materiaalplanning', 'erp', 'excel-gevorderd', 'communiceren', 'plannen-organiseren'],
    optional: ['lean', 'vraagvoorspelling', 'supply-chain-management', 'werkvoorbereiding', 'data-analyse', 'stressbestendigheid'],
  },
  {
    key: 'voorraadbeheerder', code: '4321.1', isco: '4321', nl: 'Voorraadbeheerder', en: 'Stock controller',
    altNl: ['voorraadadministrateur', 'magazijnadministrateur', 'inventory controller'], altEn: ['inventory controller', 'stock clerk'],
    essential: ['voorraadbeheer', 'inventariseren', 'wms', 'erp', 'excel', 'nauwkeurig-werken'],
    optional: ['bestellingen', 'materiaalplanning', 'data-analyse', 'goederenontvangst', 'retouren'],
  },
  {
    key: 'inkoper', code: '3323.1', isco: '3323', nl: 'Inkoper', en: 'Buyer',
    altNl: ['buyer', 'inkoopmedewerker', 'operationeel inkoper'], altEn: ['purchaser', 'procurement officer'],
    essential: ['inkopen', 'bestellingen', 'leveranciersbeheer', 'onderhandelen', 'erp', 'contractbeheer', 'excel'],
    optional: ['incoterms', 'supply-chain-management', 'aanbesteden', 'materiaalplanning', 'technische-tekeningen-lezen', 'engels', 'duits'],
  },

  // Administratie, financiën en HR
  {
    key: 'administratief-medewerker', code: '4110.1', isco: '4110', nl: 'Administratief medewerker', en: 'Administrative assistant',
    altNl: ['kantoormedewerker', 'administratief assistent', 'medewerker administratie'], altEn: ['office clerk', 'administrative clerk'],
    essential: ['administratief-werk', 'gegevensinvoer', 'archiveren', 'kantoorsoftware', 'excel', 'zakelijke-correspondentie', 'nauwkeurig-werken'],
    optional: ['notuleren', 'agendabeheer', 'telefoon', 'erp', 'orderverwerking', 'avg', 'crediteurenadministratie'],
  },
  {
    key: 'boekhouder', code: '4311.1', isco: '4311', nl: 'Boekhouder', en: 'Bookkeeper',
    altNl: ['financieel administratief medewerker', 'medewerker financiële administratie', 'assistent-boekhouder'], altEn: ['accounts clerk', 'finance assistant'],
    essential: ['boekhouden', 'crediteurenadministratie', 'debiteurenbeheer', 'journaliseren', 'btw-aangifte', 'excel', 'erp'],
    optional: ['jaarrekening', 'periodeafsluiting', 'financiele-rapportage', 'salarisadministratie', 'excel-gevorderd', 'nauwkeurig-werken'],
  },
  {
    key: 'financieel-controller', code: '2411.1', isco: '2411', nl: 'Financieel controller', en: 'Financial controller',
    altNl: ['business controller', 'controller'], altEn: ['business controller', 'management accountant'],
    essential: ['financiele-rapportage', 'budgetbeheer', 'jaarrekening', 'periodeafsluiting', 'excel-gevorderd', 'analytisch-denken', 'erp'],
    optional: ['business-intelligence', 'datavisualisatie', 'calculeren', 'btw-aangifte', 'presenteren', 'wet-en-regelgeving'],
  },
  {
    key: 'salarisadministrateur', code: '4313.1', isco: '4313', nl: 'Salarisadministrateur', en: 'Payroll administrator',
    altNl: ['loonadministrateur', 'payroll specialist', 'medewerker salarisadministratie'], altEn: ['payroll specialist', 'payroll clerk'],
    essential: ['salarisadministratie', 'loonheffingen', 'cao-toepassen', 'personeelsadministratie', 'excel', 'nauwkeurig-werken'],
    optional: ['hris', 'arbeidsrecht', 'avg', 'boekhouden', 'erp', 'verzuimbegeleiding'],
  },
  {
    key: 'hr-adviseur', code: '2423.1', isco: '2423', nl: 'HR-adviseur', en: 'HR advisor',
    altNl: ['personeelsadviseur', 'HR-businesspartner', 'P&O-adviseur'], altEn: ['HR business partner', 'personnel advisor'],
    essential: ['hr-advies', 'arbeidsrecht', 'verzuimbegeleiding', 'gesprekscyclus', 'werving-selectie', 'cao-toepassen', 'communiceren'],
    optional: ['reorganisaties', 'opleiden-ontwikkelen', 'hris', 'verandermanagement', 'medewerkers-coachen', 'arbeidsmarktkennis', 'avg'],
  },
  {
    key: 'loopbaanadviseur', code: '2423.2', isco: '2423', nl: 'Loopbaanadviseur', en: 'Career adviser',
    altNl: ['loopbaancoach', 'mobiliteitsadviseur', 'jobcoach', 'van-werk-naar-werkcoach'], altEn: ['career coach', 'outplacement consultant', 'mobility consultant'],
    essential: ['loopbaanbegeleiding', 'arbeidsmarktkennis', 'actief-luisteren', 'inlevingsvermogen', 'communiceren'],
    optional: ['reorganisaties', 'opleiden-ontwikkelen', 'arbeidsrecht', 'presenteren', 'omgaan-met-diversiteit', 'instructie-geven'],
  },
  {
    key: 'recruiter', code: '3333.1', isco: '3333', nl: 'Recruiter', en: 'Recruiter',
    altNl: ['intercedent', 'corporate recruiter', 'werving- en selectieadviseur'], altEn: ['recruitment consultant', 'talent acquisition specialist'],
    essential: ['werving-selectie', 'sollicitatiegesprekken', 'arbeidsmarktkennis', 'communiceren', 'crm', 'onderhandelen'],
    optional: ['online-marketing', 'hris', 'arbeidsrecht', 'acquisitie', 'klantgerichtheid', 'engels'],
  },
  {
    key: 'beleidsmedewerker', code: '2422.1', isco: '2422', nl: 'Beleidsmedewerker', en: 'Policy officer',
    altNl: ['beleidsadviseur', 'beleidsambtenaar'], altEn: ['policy adviser', 'policy analyst'],
    essential: ['beleid-ontwikkelen', 'wet-en-regelgeving', 'schriftelijk-communiceren', 'stakeholdermanagement', 'analytisch-denken', 'projectmanagement'],
    optional: ['data-analyse', 'vergaderingen-leiden', 'presenteren', 'subsidieaanvragen', 'vergunningverlening', 'energietransitie'],
  },
  {
    key: 'kam-coordinator', code: '3257.1', isco: '3257', nl: 'KAM-coördinator', en: 'HSE coordinator',
    altNl: ['HSE-adviseur', 'VGM-coördinator', 'veiligheidskundige'], altEn: ['health and safety advisor', 'QHSE coordinator'],
    essential: ['arbo', 'risicoanalyse', 'vca', 'iso-14001', 'audits', 'veilig-werken', 'incidenten-rapporteren'],
    optional: ['iso-9001', 'bhv', 'gevaarlijke-stoffen', 'machinerichtlijn', 'oorzaakanalyse', 'communiceren'],
  },
  {
    key: 'projectleider', code: '1219.1', isco: '1219', nl: 'Projectleider', en: 'Project manager',
    altNl: ['projectmanager', 'projectcoördinator'], altEn: ['project leader', 'project coordinator'],
    essential: ['projectmanagement', 'projectplanning', 'stakeholdermanagement', 'budgetbeheer', 'leidinggeven', 'communiceren', 'risicoanalyse'],
    optional: ['prince2', 'agile', 'scrum', 'verandermanagement', 'vergaderingen-leiden', 'onderhandelen', 'contractbeheer', 'engels'],
  },

  // Klantcontact, verkoop en retail
  {
    key: 'klantenservicemedewerker', code: '4222.1', isco: '4222', nl: 'Klantenservicemedewerker', en: 'Customer service representative',
    altNl: ['callcentermedewerker', 'medewerker klantcontact', 'customer service medewerker'], altEn: ['call centre agent', 'customer service agent'],
    essential: ['klantenservice', 'telefonisch-klantcontact', 'klachtenafhandeling', 'webcare', 'crm', 'klantgerichtheid', 'nederlands'],
    optional: ['engels', 'duits', 'orderverwerking', 'stressbestendigheid', 'kantoorsoftware', 'actief-luisteren'],
  },
  {
    key: 'receptionist', code: '4226.1', isco: '4226', nl: 'Receptionist', en: 'Receptionist',
    altNl: ['receptioniste', 'baliemedewerker', 'gastvrouw receptie'], altEn: ['front desk clerk', 'front desk officer'],
    essential: ['receptie', 'telefoon', 'gastvrijheid', 'klantgerichtheid', 'agendabeheer', 'kantoorsoftware'],
    optional: ['engels', 'postverwerking', 'toegangscontrole', 'administratief-werk', 'bhv'],
  },
  {
    key: 'accountmanager', code: '3322.1', isco: '3322', nl: 'Accountmanager', en: 'Account manager',
    altNl: ['vertegenwoordiger', 'accountmanager buitendienst', 'salesmanager'], altEn: ['sales representative', 'field sales representative'],
    essential: ['accountmanagement', 'acquisitie', 'b2b-verkoop', 'onderhandelen', 'offertes', 'crm', 'klantgerichtheid'],
    optional: ['technische-verkoop', 'marketing', 'presenteren', 'resultaatgerichtheid', 'engels', 'duits'],
  },
  {
    key: 'verkoopmedewerker-winkel', code: '5223.1', isco: '5223', nl: 'Verkoopmedewerker winkel', en: 'Shop assistant',
    altNl: ['winkelmedewerker', 'verkoper', 'verkoopadviseur'], altEn: ['sales assistant', 'retail assistant'],
    essential: ['winkelverkoop', 'kassa', 'klantgerichtheid', 'vakkenvullen', 'visual-merchandising'],
    optional: ['voorraadbeheer', 'klachtenafhandeling', 'samenwerken', 'flexibiliteit'],
  },
  {
    key: 'kassamedewerker', code: '5230.1', isco: '5230', nl: 'Kassamedewerker', en: 'Cashier',
    altNl: ['caissière', 'kassière', 'caissier'], altEn: ['checkout operator', 'till operator'],
    essential: ['kassa', 'klantgerichtheid', 'rekenvaardigheid', 'nauwkeurig-werken', 'nederlands'],
    optional: ['vakkenvullen', 'klachtenafhandeling', 'stressbestendigheid', 'integriteit'],
  },
  {
    key: 'vakkenvuller', code: '9334.1', isco: '9334', nl: 'Vakkenvuller', en: 'Shelf filler',
    altNl: ['medewerker vulploeg', 'winkelhulp'], altEn: ['shelf stacker', 'night filler'],
    essential: ['vakkenvullen', 'goederenontvangst', 'visual-merchandising', 'fysieke-belastbaarheid', 'samenwerken'],
    optional: ['ept-rijden', 'klantgerichtheid', 'inventariseren', 'nauwkeurig-werken'],
  },

  // Zorg, welzijn en onderwijs
  {
    key: 'verzorgende-ig', code: '5321.1', isco: '5321', nl: 'Verzorgende IG', en: 'Certified care assistant',
    altNl: ['verzorgende individuele gezondheidszorg', 'verzorgende', 'verzorgende niveau 3'], altEn: ['health care assistant', 'care worker'],
    essential: ['persoonlijke-verzorging', 'medicatie-toedienen', 'zorgplan', 'zorgdossier', 'observeren-signaleren', 'ouderenzorg', 'vitale-functies'],
    optional: ['wondzorg', 'injecteren', 'dementiezorg', 'palliatieve-zorg', 'tilhulpmiddelen', 'mantelzorgers', 'thuiszorg', 'infectiepreventie'],
  },
  {
    key: 'verpleegkundige', code: '2221.1', isco: '2221', nl: 'Verpleegkundige', en: 'Nurse',
    altNl: ['hbo-verpleegkundige', 'mbo-verpleegkundige', 'wijkverpleegkundige'], altEn: ['registered nurse', 'district nurse'],
    essential: ['verpleegtechnische-handelingen', 'voorbehouden-handelingen', 'klinisch-redeneren', 'medicatie-toedienen', 'wondzorg', 'zorgplan', 'vitale-functies', 'zorgdossier'],
    optional: ['katheteriseren', 'injecteren', 'geneesmiddelenkennis', 'anatomie', 'infectiepreventie', 'palliatieve-zorg', 'reanimeren', 'medewerkers-coachen'],
  },
  {
    key: 'helpende-zorg', code: '5329.1', isco: '5329', nl: 'Helpende zorg en welzijn', en: 'Care assistant',
    altNl: ['helpende', 'zorghulp', 'helpende niveau 2'], altEn: ['care aide', 'nursing aide'],
    essential: ['persoonlijke-verzorging', 'eten-drinken', 'huishoudelijke-ondersteuning', 'observeren-signaleren', 'infectiepreventie', 'activiteitenbegeleiding'],
    optional: ['tilhulpmiddelen', 'zorgdossier', 'ouderenzorg', 'mantelzorgers', 'inlevingsvermogen'],
  },
  {
    key: 'begeleider-gehandicaptenzorg', code: '3412.1', isco: '3412', nl: 'Begeleider gehandicaptenzorg', en: 'Disability support worker',
    altNl: ['persoonlijk begeleider', 'woonbegeleider', 'begeleider wonen'], altEn: ['support worker', 'residential care worker'],
    essential: ['gehandicaptenzorg', 'clienten-begeleiden', 'zorgplan', 'observeren-signaleren', 'activiteitenbegeleiding', 'zorgdossier', 'conflicthantering'],
    optional: ['medicatie-toedienen', 'ggz-begeleiding', 'persoonlijke-verzorging', 'mantelzorgers', 'inlevingsvermogen', 'tilhulpmiddelen'],
  },
  {
    key: 'pedagogisch-medewerker', code: '5311.1', isco: '5311', nl: 'Pedagogisch medewerker kinderopvang', en: 'Childcare worker',
    altNl: ['pedagogisch professional', 'medewerker kinderopvang', 'BSO-medewerker'], altEn: ['nursery practitioner', 'early years practitioner'],
    essential: ['kinderopvang', 'pedagogisch-handelen', 'observeren-signaleren', 'communiceren', 'ehbo'],
    optional: ['activiteitenbegeleiding', 'creativiteit', 'bhv', 'inlevingsvermogen', 'nederlands'],
  },
  {
    key: 'onderwijsassistent', code: '5312.1', isco: '5312', nl: 'Onderwijsassistent', en: 'Teaching assistant',
    altNl: ['klassenassistent', 'leraarondersteuner'], altEn: ["teacher's aide", 'classroom assistant'],
    essential: ['leraar-ondersteunen', 'leerlingbegeleiding', 'pedagogisch-handelen', 'instructie-geven', 'klassenmanagement', 'communiceren'],
    optional: ['passend-onderwijs', 'ict-in-onderwijs', 'nt2-lesgeven', 'ehbo', 'creativiteit', 'administratief-werk'],
  },
  {
    key: 'docent-techniek', code: '2320.1', isco: '2320', nl: 'Docent techniek', en: 'Engineering teacher (vocational education)',
    altNl: ['leraar techniek', 'mbo-docent techniek', 'instructeur techniek'], altEn: ['technical instructor', 'engineering lecturer'],
    essential: ['lesgeven', 'lessen-voorbereiden', 'didactiek', 'toetsen', 'praktijkbegeleiding', 'klassenmanagement', 'ict-in-onderwijs'],
    optional: ['mechatronica', 'elektrotechnische-installaties-aanleggen', 'lassen', 'plc-programmeren', 'e-learning', 'leerlingbegeleiding'],
  },
  {
    key: 'leraar-basisonderwijs', code: '2341.1', isco: '2341', nl: 'Leraar basisonderwijs', en: 'Primary school teacher',
    altNl: ['leerkracht basisonderwijs', 'groepsleerkracht', 'juf', 'meester'], altEn: ['primary teacher', 'classroom teacher'],
    essential: ['lesgeven', 'lessen-voorbereiden', 'klassenmanagement', 'didactiek', 'pedagogisch-handelen', 'toetsen', 'leerlingbegeleiding'],
    optional: ['passend-onderwijs', 'ict-in-onderwijs', 'nt2-lesgeven', 'communiceren', 'creativiteit'],
  },

  // Bouw en installatie
  {
    key: 'installatiemonteur', code: '7126.1', isco: '7126', nl: 'Installatiemonteur', en: 'Heating and plumbing installer',
    altNl: ['monteur werktuigkundige installaties', 'W-monteur', 'cv-monteur'], altEn: ['HVAC installer', 'building services installer'],
    essential: ['installatietechniek', 'cv-installaties', 'leidingwerk', 'warmtepompen', 'ventilatie', 'bouwtekeningen-lezen', 'gasinstallaties'],
    optional: ['sanitair', 'f-gassen', 'storingsanalyse', 'solderen', 'vca', 'klantgerichtheid', 'elektrotechnische-installaties-aanleggen'],
  },
  {
    key: 'loodgieter', code: '7126.2', isco: '7126', nl: 'Loodgieter', en: 'Plumber',
    altNl: ['sanitair installateur', 'allround loodgieter'], altEn: ['plumbing installer'],
    essential: ['loodgieterswerk', 'leidingwerk', 'sanitair', 'riolering', 'solderen', 'bouwtekeningen-lezen'],
    optional: ['gasinstallaties', 'cv-installaties', 'tegelzetten', 'klantgerichtheid', 'dakdekken'],
  },
  {
    key: 'timmerman', code: '7115.1', isco: '7115', nl: 'Timmerman', en: 'Carpenter',
    altNl: ['bouwtimmerman', 'allround timmerman', 'montagetimmerman'], altEn: ['joiner', 'site carpenter'],
    essential: ['timmeren', 'kozijnen', 'bekisting', 'bouwtekeningen-lezen', 'maatvoering', 'veilig-werken'],
    optional: ['houtbewerkingsmachines', 'isoleren', 'dakdekken', 'werken-op-hoogte', 'vca', 'samenwerken'],
  },
  {
    key: 'metselaar', code: '7112.1', isco: '7112', nl: 'Metselaar', en: 'Bricklayer',
    altNl: ['allround metselaar', 'voeger'], altEn: ['mason'],
    essential: ['metselen', 'bouwtekeningen-lezen', 'maatvoering', 'werken-op-hoogte', 'veilig-werken'],
    optional: ['tegelzetten', 'stukadoren', 'bestraten', 'vca', 'fysieke-belastbaarheid'],
  },
  {
    key: 'schilder', code: '7131.1', isco: '7131', nl: 'Schilder', en: 'Painter and decorator',
    altNl: ['allround schilder', 'onderhoudsschilder'], altEn: ['painter', 'decorator'],
    essential: ['schilderen', 'oppervlaktebehandeling', 'werken-op-hoogte', 'nauwkeurig-werken', 'gevaarlijke-stoffen'],
    optional: ['spuiten', 'stukadoren', 'hoogwerker', 'klantgerichtheid', 'vca'],
  },
  {
    key: 'uitvoerder-bouw', code: '3123.1', isco: '3123', nl: 'Uitvoerder bouw', en: 'Site manager',
    altNl: ['uitvoerder', 'bouwplaatsleider', 'hoofduitvoerder'], altEn: ['construction site supervisor', 'site foreman'],
    essential: ['bouwplaats', 'bouwtekeningen-lezen', 'vca', 'projectplanning', 'bouwregelgeving', 'communiceren', 'leidinggeven'],
    optional: ['maatvoering', 'calculeren', 'werken-op-hoogte', 'bouwkunde', 'inkopen', 'stakeholdermanagement'],
  },

  // Horeca, facilitair en beveiliging
  {
    key: 'kok', code: '5120.1', isco: '5120', nl: 'Kok', en: 'Cook',
    altNl: ['zelfstandig werkend kok', 'kok grootkeuken', 'chef-kok'], altEn: ['chef', 'kitchen cook'],
    essential: ['koken', 'mise-en-place', 'haccp', 'allergenen', 'menus-samenstellen', 'hygienisch-werken'],
    optional: ['grootkeuken', 'bakken', 'voorraadbeheer', 'bestellingen', 'stressbestendigheid', 'samenwerken'],
  },
  {
    key: 'keukenhulp', code: '9412.1', isco: '9412', nl: 'Keukenhulp', en: 'Kitchen assistant',
    altNl: ['afwasser', 'keukenassistent', 'spoelkeukenmedewerker'], altEn: ['kitchen porter', 'dishwasher'],
    essential: ['afwassen', 'mise-en-place', 'hygienisch-werken', 'schoonmaken', 'samenwerken'],
    optional: ['haccp', 'koken', 'fysieke-belastbaarheid', 'stressbestendigheid'],
  },
  {
    key: 'medewerker-bediening', code: '5131.1', isco: '5131', nl: 'Medewerker bediening', en: 'Waiter',
    altNl: ['serveerster', 'ober', 'horecamedewerker'], altEn: ['waitress', 'server', 'food and beverage assistant'],
    essential: ['bedienen', 'gastvrijheid', 'dranken-bereiden', 'kassa', 'klantgerichtheid'],
    optional: ['allergenen', 'engels', 'duits', 'stressbestendigheid', 'samenwerken', 'evenementen'],
  },
  {
    key: 'schoonmaker', code: '9112.1', isco: '9112', nl: 'Schoonmaker', en: 'Cleaner',
    altNl: ['schoonmaakmedewerker', 'interieurverzorger', 'schoonmaker cleanroom'], altEn: ['cleaning operative', 'office cleaner'],
    essential: ['schoonmaken', 'schoonmaakmethoden', 'schoonmaakmachines', 'hygienisch-werken', 'zelfstandig-werken'],
    optional: ['specialistisch-reinigen', 'cleanroom-werken', 'infectiepreventie', 'gevaarlijke-stoffen', 'fysieke-belastbaarheid', 'nederlands'],
  },
  {
    key: 'facilitair-medewerker', code: '5153.1', isco: '5153', nl: 'Facilitair medewerker', en: 'Facilities assistant',
    altNl: ['medewerker facilitaire dienst', 'huismeester', 'conciërge'], altEn: ['caretaker', 'building services assistant'],
    essential: ['facilitaire-dienstverlening', 'gebouwbeheer', 'kleine-reparaties', 'postverwerking', 'klantgerichtheid', 'bhv'],
    optional: ['evenementen', 'receptie', 'schoonmaken', 'kantoorsoftware', 'ept-rijden', 'flexibiliteit'],
  },
  {
    key: 'beveiliger', code: '5414.1', isco: '5414', nl: 'Beveiliger', en: 'Security guard',
    altNl: ['beveiligingsmedewerker', 'objectbeveiliger', 'portier'], altEn: ['security officer', 'gatekeeper'],
    essential: ['beveiligen', 'toegangscontrole', 'surveilleren', 'camerabewaking', 'incidenten-rapporteren', 'conflicthantering', 'bhv'],
    optional: ['alarmopvolging', 'beveiligingswetgeving', 'evenementenbeveiliging', 'ehbo', 'receptie', 'stressbestendigheid', 'engels'],
  },
];

/**
 * The demo occupations; one with an ESCO counterpart (`esco.ts`) takes ESCO's code and ISCO group,
 * so the official ESCO import finds it as it is and changes nothing but labels and descriptions.
 */
export const occupations: readonly SeedOccupation[] = demoOccupations.map((o) => {
  const esco = escoOccupations[o.key];
  return esco ? { ...o, code: esco.code, isco: esco.isco } : o;
});

/** ISCO-08 groups of the demo, plus ESCO's groups (and their parents) that the mapped occupations need. */
export const iscoGroups: readonly SeedIscoGroup[] = [
  ...demoIscoGroups,
  ...escoIscoGroups.filter((g) => !demoIscoGroups.some((d) => d.code === g.code)),
];
