/**
 * Fictional training and retraining offers in the demo regions: vocational colleges, company
 * training centres, a university of applied sciences and online providers. `skills` lists the
 * skill keys (in `skills.ts`) an offer teaches. A cost of 0 means the course is funded (by a
 * sector fund, the employer or the regional mobility budget) and free for the worker.
 */

export interface SeedTrainingOffer {
  key: string;
  provider: string;
  titleNl: string;
  titleEn: string;
  descriptionNl: string;
  descriptionEn: string;
  weeks: number;
  mode: 'classroom' | 'online' | 'blended' | 'on_the_job';
  costEuros: number;
  /** A city of places (region 'main') or otherRegionPlaces (region 'other'). */
  city: string;
  /** Skill keys taught (1–5). */
  skills: string[];
  region: 'main' | 'other';
}

const TCB = 'Techniek College Brabant';
const KVC = 'Kempen Vakcollege';
const MOZ = 'Metaalopleidingen Zuid';
const BTA = 'Brainport Tech Academy';
const HBO = 'Hogeschool Brabant-Oost';
const OIE = 'Opleidingscentrum Installatie & Energie';
const ZAZ = 'Zorgacademie Zuidoost-Brabant';
const LOP = 'Logistiek Opleidingscentrum De Peel';
const TOK = 'Transportopleidingen Kempen';
const VWI = 'Veilig Werken Instituut';
const VAZ = 'Verbeteracademie Zuid';
const DLH = 'Digitaal Leerhuis';
const AAC = 'Administratie Academie';
const HRL = 'HR Leerhuis';
const TCZ = 'Taalcentrum Zuidoost';
const HVB = 'Horeca Vakschool Brabant';
const BPK = 'Bouwopleidingen Peel en Kempen';
const FAP = 'Food Academy Peelland';
const AOH = 'Automotive Opleidingscentrum Helmond';
const BAZ = 'Beveiligingsacademie Zuid';
const WCB = 'Werkcentrum Brainport';
const VMB = 'Vakcollege Midden-Brabant';

export const trainingOffers: readonly SeedTrainingOffer[] = [
  // Metaal
  {
    key: 'mig-mag-lassen-basis', provider: MOZ, city: 'Helmond', region: 'main', weeks: 10, mode: 'classroom', costEuros: 2450,
    titleNl: 'MIG/MAG-lassen voor beginners', titleEn: 'MIG/MAG welding for beginners',
    descriptionNl: 'Je leert MIG/MAG-lassen op plaat en profiel in alle posities en leest lassymbolen op werktekeningen. De opleiding sluit af met een praktijkexamen.',
    descriptionEn: 'Learn MIG/MAG welding on plate and sections in all positions and read welding symbols on workshop drawings. The course ends with a practical exam.',
    skills: ['lassen', 'mig-mag-lassen', 'lassymbolen', 'metaalkunde'],
  },
  {
    key: 'tig-lassen-rvs', provider: MOZ, city: 'Helmond', region: 'main', weeks: 8, mode: 'classroom', costEuros: 2900,
    titleNl: 'TIG-lassen van roestvast staal en orbitaallassen', titleEn: 'TIG welding of stainless steel and orbital welding',
    descriptionNl: 'Voor lassers met ervaring: TIG-lassen van dunwandig rvs-leidingwerk voor de hightech en voedingsmiddelenindustrie, inclusief orbitaallassen en werken volgens een WPS.',
    descriptionEn: 'For experienced welders: TIG welding of thin-walled stainless steel tubing for high-tech and food processing, including orbital welding and working to a WPS.',
    skills: ['tig-lassen', 'orbitaallassen', 'lasmethodebeschrijvingen'],
  },
  {
    key: 'constructiebankwerken', provider: MOZ, city: 'Bladel', region: 'main', weeks: 12, mode: 'on_the_job', costEuros: 2600,
    titleNl: 'Constructiebankwerker in de praktijk', titleEn: 'Structural metal fabrication in practice',
    descriptionNl: 'Leerwerktraject bij een metaalbedrijf in de Kempen: staalconstructies samenstellen, hechten, snijbranden en elektrodelassen.',
    descriptionEn: 'Work-based learning at a metalworking company in the Kempen: assembling steel structures, tack welding, flame cutting and stick welding.',
    skills: ['staalconstructies', 'bankwerken', 'autogeen-lassen-snijden', 'elektrodelassen'],
  },
  {
    key: 'plaatbewerking', provider: MOZ, city: 'Helmond', region: 'main', weeks: 8, mode: 'on_the_job', costEuros: 1800,
    titleNl: 'Plaatbewerking: kanten, lasersnijden en ponsen', titleEn: 'Sheet metal working: press brake bending, laser cutting and punching',
    descriptionNl: 'Praktijkopleiding aan de kantbank, lasersnijmachine en ponsmachine, van uitslag en buigvolgorde tot het afstellen van de machine.',
    descriptionEn: 'Hands-on training on the press brake, laser cutter and punching machine, from flat patterns and bending sequence to machine set-up.',
    skills: ['plaatbewerking', 'kanten', 'lasersnijden', 'ponsen'],
  },
  {
    key: 'cnc-draaien-frezen', provider: TCB, city: 'Eindhoven', region: 'main', weeks: 16, mode: 'blended', costEuros: 3400,
    titleNl: 'CNC-draaien en -frezen', titleEn: 'CNC turning and milling',
    descriptionNl: 'Omscholing tot CNC-verspaner: programmeren in Heidenhain en Fanuc, machines instellen, meten en produceren binnen nauwe toleranties.',
    descriptionEn: 'Retraining as a CNC machinist: programming Heidenhain and Fanuc controls, setting up machines, measuring and producing to tight tolerances.',
    skills: ['cnc-draaien', 'cnc-frezen', 'cnc-programmeren', 'machines-afstellen', 'meetgereedschap'],
  },
  {
    key: 'conventioneel-verspanen', provider: TCB, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'classroom', costEuros: 1900,
    titleNl: 'Verspanen: draaien, frezen, slijpen en vonken', titleEn: 'Machining: turning, milling, grinding and EDM',
    descriptionNl: 'De basis van het verspanen op conventionele machines, aangevuld met vlak- en rondslijpen en een kennismaking met draadvonken.',
    descriptionEn: 'The fundamentals of machining on conventional machines, plus surface and cylindrical grinding and an introduction to wire EDM.',
    skills: ['verspanen', 'conventioneel-draaien', 'conventioneel-frezen', 'slijpen', 'vonkeroderen'],
  },
  {
    key: 'cam-en-3d-meten', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 6, mode: 'blended', costEuros: 2200,
    titleNl: 'CAM-programmeren en 3D-meten', titleEn: 'CAM programming and coordinate measuring',
    descriptionNl: 'Voor ervaren verspaners: 5-assige bewerkingen voorbereiden in CAM-software en producten controleren met een meetmachine volgens GD&T.',
    descriptionEn: 'For experienced machinists: preparing 5-axis operations in CAM software and inspecting parts on a CMM according to GD&T.',
    skills: ['cam-programmeren', 'cmm-meten', 'gdt'],
  },
  {
    key: 'spuiten-oppervlaktebehandeling', provider: KVC, city: 'Deurne', region: 'main', weeks: 6, mode: 'classroom', costEuros: 1650,
    titleNl: 'Spuiten en oppervlaktebehandeling', titleEn: 'Spray painting and surface treatment',
    descriptionNl: 'Voorbehandelen, stralen, lakken en autospuiten, met aandacht voor veilig werken met verf en oplosmiddelen.',
    descriptionEn: 'Pre-treatment, blasting, industrial painting and vehicle refinishing, with attention to working safely with paints and solvents.',
    skills: ['oppervlaktebehandeling', 'spuiten', 'stralen', 'autospuiten'],
  },

  // Hightech en engineering
  {
    key: 'omscholing-monteur-mechatronica', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 20, mode: 'blended', costEuros: 0,
    titleNl: 'Omscholing tot monteur mechatronica', titleEn: 'Retraining as a mechatronics assembler',
    descriptionNl: 'Van-werk-naar-werktraject met baangarantie bij hightech bedrijven in de regio: mechanisch monteren, pneumatiek, hydrauliek en het samenbouwen van modules. Gefinancierd uit het regionale mobiliteitsbudget.',
    descriptionEn: 'Job-to-job programme with a job guarantee at high-tech firms in the region: mechanical fitting, pneumatics, hydraulics and module assembly. Funded by the regional mobility budget.',
    skills: ['mechatronica', 'mechanica', 'pneumatiek', 'hydrauliek', 'assembleren'],
  },
  {
    key: 'werken-in-de-cleanroom', provider: BTA, city: 'Veldhoven', region: 'main', weeks: 1, mode: 'classroom', costEuros: 395,
    titleNl: 'Werken in de cleanroom', titleEn: 'Working in a cleanroom',
    descriptionNl: 'Tweedaagse training over cleanroomklassen, omkleden, contaminatie voorkomen en ESD-veilig werken. Verplicht voor iedereen die in een cleanroom gaat werken.',
    descriptionEn: 'Two-day course on cleanroom classes, gowning, preventing contamination and working with ESD precautions. Required for anyone starting work in a cleanroom.',
    skills: ['cleanroom-werken', 'cleanroomclassificatie', 'contaminatiebeheersing', 'esd'],
  },
  {
    key: 'precisiemontage-optica', provider: BTA, city: 'Veldhoven', region: 'main', weeks: 6, mode: 'on_the_job', costEuros: 2100,
    titleNl: 'Precisiemontage, optiek en vacuüm', titleEn: 'Precision assembly, optics and vacuum',
    descriptionNl: 'Fijnmechanisch monteren, optische componenten uitlijnen en werken aan vacuümsystemen, in een leerlijn op de werkvloer.',
    descriptionEn: 'Fine mechanical assembly, aligning optical components and working on vacuum systems, in a learning path on the shop floor.',
    skills: ['precisiemontage', 'optische-componenten', 'optica', 'vacuumtechniek'],
  },
  {
    key: 'halfgeleidertechnologie', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'blended', costEuros: 1250,
    titleNl: 'Inleiding halfgeleidertechnologie', titleEn: 'Introduction to semiconductor technology',
    descriptionNl: 'Hoe wordt een chip gemaakt? Van wafer en lithografie tot de natuurkunde erachter, voor technici die in de halfgeleiderketen willen werken.',
    descriptionEn: 'How is a chip made? From wafer and lithography to the physics behind it, for technicians who want to work in the semiconductor supply chain.',
    skills: ['halfgeleidertechnologie', 'lithografie', 'toegepaste-natuurkunde'],
  },
  {
    key: 'systems-engineering', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'blended', costEuros: 2950,
    titleNl: 'Systems engineering in de hightech', titleEn: 'Systems engineering in high tech',
    descriptionNl: 'Eisen opstellen, architectuur en interfaces bewaken, integreren en testen, en wijzigingen beheersen in complexe machines.',
    descriptionEn: 'Writing requirements, managing architecture and interfaces, integration and testing, and controlling changes in complex machines.',
    skills: ['systems-engineering', 'requirements', 'systeemintegratie-testen', 'engineering-change'],
  },
  {
    key: 'mechatronisch-ontwerpen', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 12, mode: 'classroom', costEuros: 3600,
    titleNl: 'Mechatronisch ontwerpen', titleEn: 'Mechatronic design',
    descriptionNl: 'Ontwerpprincipes voor nauwkeurige bewegende systemen: constructieprincipes, regeltechniek, motion control en modelleren in MATLAB/Simulink.',
    descriptionEn: 'Design principles for precise motion systems: construction principles, control theory, motion control and modelling in MATLAB/Simulink.',
    skills: ['mechatronisch-ontwerpen', 'regeltechniek', 'motion-control', 'matlab'],
  },
  {
    key: 'sterkteleer-fem', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'classroom', costEuros: 2400,
    titleNl: 'Sterkteleer en FEM-analyse', titleEn: 'Strength of materials and finite element analysis',
    descriptionNl: 'Sterkteberekeningen met de hand en met eindige-elementensoftware, voor werktuigbouwkundigen die zelf willen kunnen rekenen aan hun ontwerpen.',
    descriptionEn: 'Strength calculations by hand and with finite element software, for mechanical engineers who want to analyse their own designs.',
    skills: ['werktuigbouwkunde', 'sterkteberekeningen', 'fem-analyse'],
  },
  {
    key: 'technisch-tekenen-3d-cad', provider: TCB, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'blended', costEuros: 1950,
    titleNl: 'Technisch tekenen en 3D-modelleren', titleEn: 'Technical drawing and 3D CAD modelling',
    descriptionNl: 'Werktekeningen maken volgens de norm, 2D-tekenen in AutoCAD en 3D-modelleren in SolidWorks, inclusief het beheer van tekeningen in een PDM-systeem.',
    descriptionEn: 'Producing workshop drawings to standard, 2D drafting in AutoCAD and 3D modelling in SolidWorks, including managing drawings in a PDM system.',
    skills: ['technisch-tekenen', 'cad-3d', 'autocad', 'pdm-plm'],
  },
  {
    key: 'tekeninglezen', provider: KVC, city: 'Helmond', region: 'main', weeks: 4, mode: 'classroom', costEuros: 450,
    titleNl: 'Technische tekeningen en schema’s lezen', titleEn: 'Reading technical drawings and schematics',
    descriptionNl: 'Korte cursus voor zij-instromers: aanzichten, maatvoering en toleranties op werktekeningen, bouwtekeningen en elektrotechnische schema’s.',
    descriptionEn: 'Short course for career changers: views, dimensions and tolerances on workshop drawings, construction drawings and electrical schematics.',
    skills: ['technische-tekeningen-lezen', 'bouwtekeningen-lezen', 'elektrotechnische-schemas-lezen'],
  },
  {
    key: 'van-idee-tot-prototype', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 6, mode: 'classroom', costEuros: 1400,
    titleNl: 'Van idee tot prototype', titleEn: 'From idea to prototype',
    descriptionNl: 'In een projectweek per onderdeel ontwikkel je een product: van schets en ontwerpkeuzes tot een 3D-geprint en getest prototype.',
    descriptionEn: 'Develop a product in project-based modules: from sketch and design choices to a 3D-printed and tested prototype.',
    skills: ['productontwikkeling', 'prototypes', '3d-printen', 'creativiteit'],
  },
  {
    key: 'werkvoorbereider', provider: KVC, city: 'Helmond', region: 'main', weeks: 14, mode: 'blended', costEuros: 2700,
    titleNl: 'Werkvoorbereider metaal en installatietechniek', titleEn: 'Work preparation in metalworking and building services',
    descriptionNl: 'Opdrachten voorbereiden van tekening tot werkorder: stuklijsten, calculaties, planning en het vastleggen in het ERP-systeem.',
    descriptionEn: 'Preparing jobs from drawing to work order: bills of materials, cost estimates, scheduling and recording everything in the ERP system.',
    skills: ['werkvoorbereiding', 'stuklijsten', 'calculeren', 'erp'],
  },
  {
    key: 'elektrisch-ontwerpen-ce', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 6, mode: 'online', costEuros: 1200,
    titleNl: 'Elektrisch ontwerpen en CE-markering', titleEn: 'Electrical design and CE marking',
    descriptionNl: 'Printplaatontwerp in de praktijk en de risicoanalyse en FMEA die nodig zijn om een machine volgens de Machinerichtlijn op de markt te brengen.',
    descriptionEn: 'PCB design in practice, and the risk assessment and FMEA needed to place a machine on the market under the Machinery Directive.',
    skills: ['pcb-ontwerp', 'machinerichtlijn', 'risicoanalyse', 'fmea'],
  },

  // Elektro, automatisering en energie
  {
    key: 'elektrotechnische-installaties', provider: TCB, city: 'Eindhoven', region: 'main', weeks: 20, mode: 'classroom', costEuros: 3100,
    titleNl: 'Eerste monteur elektrotechnische installaties', titleEn: 'Electrical installation technician',
    descriptionNl: 'Elektrotechnische installaties aanleggen in woningen en utiliteitsgebouwen volgens NEN 1010: bekabelen, aansluiten, meten en opleveren.',
    descriptionEn: 'Installing electrical systems in homes and commercial buildings according to NEN 1010: cabling, connecting, testing and handover.',
    skills: ['elektrotechnische-installaties-aanleggen', 'kabels-aansluiten', 'nen-1010', 'elektrische-metingen'],
  },
  {
    key: 'nen-3140-vp', provider: VWI, city: 'Best', region: 'main', weeks: 1, mode: 'classroom', costEuros: 550,
    titleNl: 'NEN 3140 voor vakbekwaam persoon', titleEn: 'NEN 3140 for skilled persons',
    descriptionNl: 'Veilig werken aan en in de nabijheid van elektrische installaties, inclusief vergrendelen en labelen. Met examen voor de aanwijzing als VP.',
    descriptionEn: 'Working safely on and near electrical installations, including lockout/tagout. With an exam for appointment as a skilled person.',
    skills: ['nen-3140', 'loto', 'elektrotechnische-installaties-onderhouden'],
  },
  {
    key: 'plc-tia-portal', provider: TCB, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'blended', costEuros: 2300,
    titleNl: 'PLC-programmeren met Siemens TIA Portal', titleEn: 'PLC programming with Siemens TIA Portal',
    descriptionNl: 'Besturingen programmeren, testen en in bedrijf stellen met TIA Portal, en een eenvoudige HMI-visualisatie bouwen.',
    descriptionEn: 'Programming, testing and commissioning controllers with TIA Portal, and building a simple HMI visualisation.',
    skills: ['plc-programmeren', 'siemens-tia-portal', 'hmi-scada', 'besturingstechniek'],
  },
  {
    key: 'robotica-vision', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 5, mode: 'classroom', costEuros: 1950,
    titleNl: 'Robotica en machine vision', titleEn: 'Robotics and machine vision',
    descriptionNl: 'Industriële robots en cobots programmeren, visionsystemen instellen en aandrijvingen koppelen in een productiecel.',
    descriptionEn: 'Programming industrial robots and cobots, setting up vision systems and integrating drives in a production cell.',
    skills: ['robots-programmeren', 'vision-systemen', 'industriele-automatisering', 'aandrijftechniek'],
  },
  {
    key: 'schakelkastenbouw', provider: KVC, city: 'Helmond', region: 'main', weeks: 8, mode: 'on_the_job', costEuros: 1500,
    titleNl: 'Schakelkastenbouw', titleEn: 'Control panel building',
    descriptionNl: 'Schakelkasten opbouwen en bedraden volgens schema, storingen opsporen en de basis van meet- en regeltechniek.',
    descriptionEn: 'Building and wiring control panels to schematic, fault finding and the basics of instrumentation and control.',
    skills: ['schakelkasten-bouwen', 'elektrische-storingen', 'meet-en-regeltechniek'],
  },
  {
    key: 'elektronica-solderen-repareren', provider: TCB, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'classroom', costEuros: 1700,
    titleNl: 'Elektronica: solderen, testen en repareren', titleEn: 'Electronics: soldering, testing and repair',
    descriptionNl: 'Printplaten assembleren en solderen, meten met oscilloscoop en multimeter, en defecte elektronica opsporen en repareren.',
    descriptionEn: 'Assembling and soldering circuit boards, measuring with oscilloscope and multimeter, and diagnosing and repairing faulty electronics.',
    skills: ['elektronica', 'solderen', 'printplaten-assembleren', 'elektronica-repareren', 'meetapparatuur-elektronica'],
  },
  {
    key: 'zonnepanelen-laadpalen', provider: OIE, city: 'Nuenen', region: 'main', weeks: 4, mode: 'classroom', costEuros: 1350,
    titleNl: 'Zonnepanelen, thuisbatterijen en laadpalen installeren', titleEn: 'Installing solar panels, home batteries and EV chargers',
    descriptionNl: 'Voor elektromonteurs en zij-instromers: PV-systemen, energieopslag, laadpalen en slimme woningtechniek veilig installeren.',
    descriptionEn: 'For electricians and career changers: safely installing PV systems, energy storage, EV chargers and smart home technology.',
    skills: ['zonnepanelen-installeren', 'laadpalen-installeren', 'batterijsystemen', 'energietransitie', 'domotica'],
  },
  {
    key: 'warmtepompen-f-gassen', provider: OIE, city: 'Nuenen', region: 'main', weeks: 5, mode: 'classroom', costEuros: 1850,
    titleNl: 'Warmtepompen en F-gassen', titleEn: 'Heat pumps and F-gas certification',
    descriptionNl: 'Warmtepompen installeren en in bedrijf stellen, met het examen voor het werken met F-gassen en de koeltechnische basis.',
    descriptionEn: 'Installing and commissioning heat pumps, including the F-gas exam and the basics of refrigeration.',
    skills: ['warmtepompen', 'f-gassen', 'koeltechniek', 'cv-installaties'],
  },
  {
    key: 'omscholing-installatiemonteur', provider: OIE, city: 'Nuenen', region: 'main', weeks: 24, mode: 'on_the_job', costEuros: 3900,
    titleNl: 'Omscholing tot installatiemonteur W', titleEn: 'Retraining as a heating and plumbing installer',
    descriptionNl: 'Leerwerktraject bij een installatiebedrijf: leidingwerk, sanitair, gasinstallaties en ventilatie in nieuwbouw en renovatie.',
    descriptionEn: 'Work-based programme at an installation company: pipework, sanitary fittings, gas installations and ventilation in new build and renovation.',
    skills: ['installatietechniek', 'leidingwerk', 'sanitair', 'gasinstallaties', 'ventilatie'],
  },
  {
    key: 'monteur-middenspanning', provider: OIE, city: 'Best', region: 'main', weeks: 12, mode: 'on_the_job', costEuros: 0,
    titleNl: 'Monteur middenspanning en kabelmoffen', titleEn: 'Medium-voltage technician and cable jointing',
    descriptionNl: 'Opleiding met baangarantie bij de netbeheerder: schakelen in middenspanningsstations, kabelmoffen maken en installaties in bedrijf stellen. Kosteloos voor deelnemers.',
    descriptionEn: 'Training with a job guarantee at the grid operator: switching in medium-voltage substations, cable jointing and commissioning. Free for participants.',
    skills: ['middenspanning', 'kabelmoffen', 'inbedrijfstellen'],
  },

  // Onderhoud en automotive
  {
    key: 'onderhoudstechnicus', provider: KVC, city: 'Helmond', region: 'main', weeks: 16, mode: 'blended', costEuros: 3200,
    titleNl: 'Onderhoudstechnicus: storingsanalyse en preventief onderhoud', titleEn: 'Maintenance technician: troubleshooting and preventive maintenance',
    descriptionNl: 'Systematisch storingzoeken, onderhoudsplannen uitvoeren en verbeteren, conditiebewaking en de principes van TPM.',
    descriptionEn: 'Systematic troubleshooting, carrying out and improving maintenance plans, condition monitoring and the principles of TPM.',
    skills: ['storingsanalyse', 'preventief-onderhoud', 'correctief-onderhoud', 'predictief-onderhoud', 'tpm'],
  },
  {
    key: 'mechanisch-onderhoud', provider: KVC, city: 'Helmond', region: 'main', weeks: 4, mode: 'on_the_job', costEuros: 900,
    titleNl: 'Mechanisch onderhoud: lagers, uitlijnen en smeren', titleEn: 'Mechanical maintenance: bearings, alignment and lubrication',
    descriptionNl: 'Lagers en afdichtingen vervangen, assen laseruitlijnen, smeerplannen uitvoeren en werkorders afmelden in het onderhoudsbeheersysteem.',
    descriptionEn: 'Replacing bearings and seals, laser shaft alignment, carrying out lubrication plans and closing work orders in the CMMS.',
    skills: ['lagers-vervangen', 'uitlijnen', 'smeren', 'cmms'],
  },
  {
    key: 'elektrische-voertuigen', provider: AOH, city: 'Helmond', region: 'main', weeks: 3, mode: 'classroom', costEuros: 950,
    titleNl: 'Veilig werken aan elektrische voertuigen', titleEn: 'Working safely on electric vehicles',
    descriptionNl: 'Hoogvoltsystemen spanningsloos maken, voertuigelektronica en CAN-bus begrijpen en storingen diagnosticeren.',
    descriptionEn: 'Isolating high-voltage systems, understanding vehicle electronics and the CAN bus, and diagnosing faults.',
    skills: ['elektrische-voertuigen', 'voertuigelektronica', 'voertuigdiagnose'],
  },
  {
    key: 'bedrijfswagentechniek', provider: AOH, city: 'Helmond', region: 'main', weeks: 12, mode: 'blended', costEuros: 2800,
    titleNl: 'Bedrijfswagentechniek en APK', titleEn: 'Commercial vehicle technology and periodic inspections',
    descriptionNl: 'Onderhoud aan trucks en opleggers, remmen en luchtvering, APK-keuren en het herstellen van lichte carrosserieschade.',
    descriptionEn: 'Servicing trucks and trailers, brakes and air suspension, periodic vehicle inspections and repairing minor bodywork damage.',
    skills: ['bedrijfswagens', 'voertuigonderhoud', 'apk-keuren', 'schadeherstel'],
  },

  {
    key: 'servicemonteur-buitendienst', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 6, mode: 'blended', costEuros: 1850,
    titleNl: 'Servicemonteur in de buitendienst', titleEn: 'Field service technician',
    descriptionNl: 'Voor monteurs die bij klanten machines gaan onderhouden en repareren: storingen zelfstandig oplossen, servicerapporten schrijven en de klant goed te woord staan.',
    descriptionEn: 'For technicians who will service and repair machines at customer sites: solving faults independently, writing service reports and dealing well with customers.',
    skills: ['service-bij-klant', 'technische-documentatie', 'klantgerichtheid'],
  },

  // Productie, proces en voeding
  {
    key: 'procesoperator', provider: KVC, city: 'Helmond', region: 'main', weeks: 26, mode: 'blended', costEuros: 3500,
    titleNl: 'Procesoperator (mbo-3)', titleEn: 'Process operator (VET level 3)',
    descriptionNl: 'Procesinstallaties bedienen en bewaken, monsters nemen, afwijkingen herkennen en ingrijpen. Combinatie van lesdagen en werken bij een leerbedrijf.',
    descriptionEn: 'Operating and monitoring process plants, taking samples, spotting deviations and intervening. Combines classroom days with work at a host company.',
    skills: ['procestechniek', 'procesbewaking', 'controlekamer', 'chemische-processen', 'monsters-nemen'],
  },
  {
    key: 'productiemedewerker-lijnwerk', provider: KVC, city: 'Helmond', region: 'main', weeks: 6, mode: 'on_the_job', costEuros: 600,
    titleNl: 'Productiemedewerker: lijnwerk en assemblage', titleEn: 'Production worker: line work and assembly',
    descriptionNl: 'Kort praktijktraject voor werkzoekenden: werken aan een productielijn, assembleren, kabelbomen maken, verpakken en productiegegevens registreren.',
    descriptionEn: 'Short practical programme for job seekers: working on a production line, assembly, wire harnesses, packing and recording production data.',
    skills: ['productielijn', 'assembleren', 'kabelbomen', 'verpakken', 'productiegegevens'],
  },
  {
    key: 'operator-voedingsmiddelen', provider: FAP, city: 'Gemert', region: 'main', weeks: 12, mode: 'on_the_job', costEuros: 1900,
    titleNl: 'Operator voedingsmiddelenindustrie', titleEn: 'Food industry operator',
    descriptionNl: 'Verpakkingslijnen bedienen en omstellen, productkwaliteit bewaken en de koelketen borgen bij een levensmiddelenproducent.',
    descriptionEn: 'Operating and changing over packaging lines, monitoring product quality and safeguarding the cold chain at a food manufacturer.',
    skills: ['verpakkingslijn', 'levensmiddelentechnologie', 'productkwaliteit-voeding', 'koelketen'],
  },
  {
    key: 'laboratoriumtechniek-gmp', provider: TCB, city: 'Eindhoven', region: 'main', weeks: 16, mode: 'blended', costEuros: 2750,
    titleNl: 'Laboratoriumtechniek en GMP', titleEn: 'Laboratory techniques and GMP',
    descriptionNl: 'Omscholing tot laborant: monsters nemen en analyseren, werken volgens GMP en resultaten nauwkeurig vastleggen.',
    descriptionEn: 'Retraining as a laboratory technician: taking and analysing samples, working to GMP and recording results accurately.',
    skills: ['laboratoriumtechnieken', 'gmp', 'monsters-nemen'],
  },
  {
    key: 'haccp-voedselveiligheid', provider: FAP, city: 'Gemert', region: 'main', weeks: 1, mode: 'online', costEuros: 195,
    titleNl: 'HACCP en voedselveiligheid', titleEn: 'HACCP and food safety',
    descriptionNl: 'Online cursus over hygiënisch werken, HACCP, allergenen en de eisen van IFS en BRC. Afsluitend met een certificaat.',
    descriptionEn: 'Online course on hygienic working, HACCP, allergens and the requirements of IFS and BRC. Concludes with a certificate.',
    skills: ['haccp', 'voedselveiligheid', 'hygienisch-werken', 'ifs-brc', 'allergenen'],
  },
  {
    key: 'bakker-brood-banket', provider: HVB, city: 'Asten', region: 'main', weeks: 20, mode: 'on_the_job', costEuros: 2600,
    titleNl: 'Bakker brood en banket', titleEn: 'Bread and pastry baker',
    descriptionNl: 'Leerwerktraject in een industriële en ambachtelijke bakkerij: deeg bereiden, bakken en werken met bakkerijmachines.',
    descriptionEn: 'Work-based programme in industrial and craft bakeries: preparing dough, baking and working with bakery machinery.',
    skills: ['bakken', 'machines-bedienen'],
  },
  {
    key: 'vleesverwerking', provider: FAP, city: 'Gemert', region: 'main', weeks: 8, mode: 'on_the_job', costEuros: 1200,
    titleNl: 'Vakbekwaam vleesverwerker', titleEn: 'Skilled meat processor',
    descriptionNl: 'Uitbenen, snijden en verwerken van vlees in een moderne productieomgeving, met veel aandacht voor hygiëne en veilig werken met messen.',
    descriptionEn: 'Deboning, cutting and processing meat in a modern production setting, with a strong focus on hygiene and safe knife handling.',
    skills: ['vlees-verwerken'],
  },

  // Kwaliteit en veiligheid
  {
    key: 'kwaliteitsinspectie-meettechniek', provider: VAZ, city: 'Veldhoven', region: 'main', weeks: 6, mode: 'classroom', costEuros: 1650,
    titleNl: 'Kwaliteitsinspectie en meettechniek', titleEn: 'Quality inspection and metrology',
    descriptionNl: 'Inspecteren en keuren van producten, meetmiddelen kalibreren, niet-destructief onderzoek en statistische procesbeheersing.',
    descriptionEn: 'Inspecting and approving products, calibrating measuring equipment, non-destructive testing and statistical process control.',
    skills: ['kwaliteitscontrole', 'visuele-inspectie', 'kalibreren', 'ndo', 'spc'],
  },
  {
    key: 'iso-9001-interne-audits', provider: VAZ, city: 'Veldhoven', region: 'main', weeks: 3, mode: 'blended', costEuros: 1150,
    titleNl: 'Kwaliteitsmanagement en interne audits', titleEn: 'Quality management and internal audits',
    descriptionNl: 'Een kwaliteitsmanagementsysteem volgens ISO 9001 en ISO 13485 begrijpen, interne audits uitvoeren en afwijkingen afhandelen.',
    descriptionEn: 'Understanding a quality management system based on ISO 9001 and ISO 13485, conducting internal audits and handling non-conformities.',
    skills: ['kwaliteitszorg', 'iso-9001', 'audits', 'afwijkingen', 'iso-13485'],
  },
  {
    key: 'lean-six-sigma-green-belt', provider: VAZ, city: 'Veldhoven', region: 'main', weeks: 8, mode: 'blended', costEuros: 2750,
    titleNl: 'Lean Six Sigma Green Belt', titleEn: 'Lean Six Sigma Green Belt',
    descriptionNl: 'Verbeterprojecten leiden met DMAIC: verspillingen wegnemen, omsteltijden verkorten en oorzaken van problemen met data aantonen.',
    descriptionEn: 'Leading improvement projects with DMAIC: eliminating waste, reducing changeover times and proving root causes with data.',
    skills: ['lean', 'six-sigma', 'continu-verbeteren', 'oorzaakanalyse', 'smed'],
  },
  {
    key: 'vca-basis-vol', provider: VWI, city: 'Best', region: 'main', weeks: 1, mode: 'classroom', costEuros: 295,
    titleNl: 'VCA-basis en VCA-VOL', titleEn: 'VCA basic and VCA for supervisors',
    descriptionNl: 'Veiligheid, gezondheid en milieu op de werkplek: gevaarlijke stoffen, werken op hoogte en persoonlijke beschermingsmiddelen. Met examen.',
    descriptionEn: 'Safety, health and environment at work: hazardous substances, working at height and personal protective equipment. Includes the exam.',
    skills: ['vca', 'veilig-werken', 'gevaarlijke-stoffen', 'werken-op-hoogte'],
  },
  {
    key: 'bhv-basis', provider: VWI, city: 'Eindhoven', region: 'main', weeks: 1, mode: 'classroom', costEuros: 245,
    titleNl: 'Bedrijfshulpverlening (BHV)', titleEn: 'In-house emergency response (BHV)',
    descriptionNl: 'Tweedaagse BHV-opleiding: eerste hulp, reanimeren met AED, brand bestrijden met kleine blusmiddelen en ontruimen.',
    descriptionEn: 'Two-day emergency response course: first aid, CPR with an AED, fighting small fires and evacuation.',
    skills: ['bhv', 'ehbo', 'reanimeren', 'brandpreventie'],
  },
  {
    key: 'hoogwerker-werken-op-hoogte', provider: VWI, city: 'Best', region: 'main', weeks: 1, mode: 'classroom', costEuros: 325,
    titleNl: 'Hoogwerker en veilig werken op hoogte', titleEn: 'Aerial work platforms and working safely at height',
    descriptionNl: 'Eendaagse training met praktijkexamen voor schaarlift en knikarmhoogwerker, inclusief het gebruik van valbeveiliging.',
    descriptionEn: 'One-day course with a practical exam for scissor lifts and boom lifts, including the use of fall protection.',
    skills: ['hoogwerker'],
  },
  {
    key: 'kam-coordinator', provider: VWI, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'blended', costEuros: 2650,
    titleNl: 'KAM-coördinator', titleEn: 'HSE coordinator',
    descriptionNl: 'Arbowetgeving, RI&E en risicoanalyse, milieuzorg volgens ISO 14001 en het onderzoeken en rapporteren van incidenten.',
    descriptionEn: 'Health and safety legislation, risk assessment, environmental management according to ISO 14001, and investigating and reporting incidents.',
    skills: ['arbo', 'risicoanalyse', 'iso-14001', 'incidenten-rapporteren'],
  },

  // Logistiek en inkoop
  {
    key: 'heftruck-reachtruck', provider: LOP, city: 'Helmond', region: 'main', weeks: 1, mode: 'classroom', costEuros: 425,
    titleNl: 'Heftruck- en reachtruckcertificaat', titleEn: 'Forklift and reach truck certificate',
    descriptionNl: 'Theorie en praktijk van veilig intern transport met heftruck, reachtruck en elektrische pallettruck. Met examen.',
    descriptionEn: 'Theory and practice of safe internal transport with forklift, reach truck and electric pallet truck. Includes the exam.',
    skills: ['heftruck-rijden', 'reachtruck-rijden', 'ept-rijden', 'intern-transport'],
  },
  {
    key: 'logistiek-medewerker', provider: LOP, city: 'Helmond', region: 'main', weeks: 8, mode: 'on_the_job', costEuros: 950,
    titleNl: 'Logistiek medewerker magazijn', titleEn: 'Warehouse logistics operative',
    descriptionNl: 'Leerwerktraject in een distributiecentrum: goederen ontvangen, orderpicken met handscanner en WMS, en zendingen gereedmaken.',
    descriptionEn: 'Work-based programme in a distribution centre: receiving goods, order picking with a handheld scanner and WMS, and preparing shipments.',
    skills: ['orderpicken', 'wms', 'handscanner', 'goederenontvangst', 'expeditie'],
  },
  {
    key: 'voorraadbeheer', provider: LOP, city: 'Helmond', region: 'main', weeks: 6, mode: 'blended', costEuros: 1450,
    titleNl: 'Voorraadbeheer en magazijninrichting', titleEn: 'Inventory management and warehouse layout',
    descriptionNl: 'Voorraden beheren en tellen, retouren verwerken en een magazijn zo inrichten dat looproutes kort en fouten zeldzaam zijn.',
    descriptionEn: 'Managing and counting stock, processing returns and laying out a warehouse so that walking routes are short and errors rare.',
    skills: ['voorraadbeheer', 'inventariseren', 'magazijninrichting', 'retouren'],
  },
  {
    key: 'rijbewijs-ce-code-95', provider: TOK, city: 'Oirschot', region: 'main', weeks: 12, mode: 'classroom', costEuros: 5200,
    titleNl: 'Rijbewijs C/CE en Code 95', titleEn: 'Truck licence C/CE and driver CPC',
    descriptionNl: 'Opleiding tot vrachtwagenchauffeur met rijlessen, rij- en rusttijden, lading zekeren en de vakbekwaamheid Code 95. Vaak met baangarantie bij een vervoerder.',
    descriptionEn: 'Truck driver training with driving lessons, driving and rest times, load securing and the Code 95 qualification. Often with a job guarantee at a haulier.',
    skills: ['vrachtwagen-rijden', 'code-95', 'rij-en-rusttijden', 'lading-zekeren', 'laden-lossen'],
  },
  {
    key: 'adr-basis', provider: TOK, city: 'Oirschot', region: 'main', weeks: 1, mode: 'classroom', costEuros: 650,
    titleNl: 'ADR-basiscursus gevaarlijke stoffen', titleEn: 'ADR basic course for dangerous goods',
    descriptionNl: 'Alles over het vervoer van gevaarlijke stoffen over de weg: klassen, documenten, etikettering en wat te doen bij een incident.',
    descriptionEn: 'Everything about the carriage of dangerous goods by road: classes, documents, labelling and what to do in an incident.',
    skills: ['adr'],
  },
  {
    key: 'logistiek-planner', provider: LOP, city: 'Helmond', region: 'main', weeks: 10, mode: 'blended', costEuros: 2300,
    titleNl: 'Logistiek planner', titleEn: 'Logistics planner',
    descriptionNl: 'Ritten plannen en optimaliseren in een TMS, rekening houden met rij- en rusttijden, douane en internationale leveringsvoorwaarden.',
    descriptionEn: 'Planning and optimising routes in a TMS, taking into account driving times, customs and international delivery terms.',
    skills: ['logistieke-planning', 'routeplanning', 'tms', 'douane', 'incoterms'],
  },
  {
    key: 'inkoop-supply-chain', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 12, mode: 'blended', costEuros: 2900,
    titleNl: 'Inkoop en supply chain management', titleEn: 'Purchasing and supply chain management',
    descriptionNl: 'Professioneel inkopen: leveranciers selecteren en beoordelen, contracten beheren, onderhandelen en de keten van leverancier tot klant regisseren.',
    descriptionEn: 'Professional purchasing: selecting and evaluating suppliers, managing contracts, negotiating and orchestrating the chain from supplier to customer.',
    skills: ['inkopen', 'leveranciersbeheer', 'contractbeheer', 'supply-chain-management', 'onderhandelen'],
  },
  {
    key: 'productie-materiaalplanning', provider: VAZ, city: 'Veldhoven', region: 'main', weeks: 6, mode: 'blended', costEuros: 1750,
    titleNl: 'Productie- en materiaalplanning', titleEn: 'Production and materials planning',
    descriptionNl: 'Capaciteit plannen, materiaalbehoefte berekenen met MRP, vraag voorspellen en bestellingen bij leveranciers op tijd binnenhalen.',
    descriptionEn: 'Planning capacity, calculating material requirements with MRP, forecasting demand and getting supplier orders in on time.',
    skills: ['productieplanning', 'materiaalplanning', 'vraagvoorspelling', 'planning', 'bestellingen'],
  },

  // Administratie, financiën, klantcontact en verkoop
  {
    key: 'boekhouden-praktijk', provider: AAC, city: 'Eindhoven', region: 'main', weeks: 16, mode: 'online', costEuros: 1150,
    titleNl: 'Boekhouden in de praktijk', titleEn: 'Practical bookkeeping',
    descriptionNl: 'Online leertraject: boekingen verwerken, crediteuren en debiteuren beheren, grootboek bijhouden en de btw-aangifte verzorgen.',
    descriptionEn: 'Online course: processing entries, managing payables and receivables, keeping the general ledger and preparing VAT returns.',
    skills: ['boekhouden', 'crediteurenadministratie', 'debiteurenbeheer', 'journaliseren', 'btw-aangifte'],
  },
  {
    key: 'salarisadministratie', provider: AAC, city: 'Eindhoven', region: 'main', weeks: 12, mode: 'online', costEuros: 1350,
    titleNl: 'Salarisadministratie en loonheffingen', titleEn: 'Payroll administration and payroll taxes',
    descriptionNl: 'Salarissen berekenen en verwerken, loonheffingen en premies toepassen, cao-regelingen vertalen naar de loonstrook en personeelsdossiers bijhouden.',
    descriptionEn: 'Calculating and processing salaries, applying payroll taxes and contributions, translating collective agreements into payslips and keeping HR records.',
    skills: ['salarisadministratie', 'loonheffingen', 'cao-toepassen', 'personeelsadministratie'],
  },
  {
    key: 'financial-control', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'blended', costEuros: 3100,
    titleNl: 'Financial control en rapportage', titleEn: 'Financial control and reporting',
    descriptionNl: 'Maand- en jaarafsluitingen, budgetbewaking en managementrapportages die de directie helpen sturen.',
    descriptionEn: 'Month-end and year-end closing, budget control and management reports that help leadership steer the business.',
    skills: ['financiele-rapportage', 'budgetbeheer', 'jaarrekening', 'periodeafsluiting'],
  },
  {
    key: 'administratief-medewerker', provider: KVC, city: 'Eindhoven', region: 'main', weeks: 12, mode: 'blended', costEuros: 1600,
    titleNl: 'Administratief medewerker', titleEn: 'Administrative assistant',
    descriptionNl: 'Alle basisvaardigheden voor kantoorwerk: archiveren, notuleren, agenda’s beheren en zakelijke brieven en e-mails schrijven.',
    descriptionEn: 'All the basics of office work: filing, taking minutes, managing diaries and writing business letters and emails.',
    skills: ['administratief-werk', 'archiveren', 'notuleren', 'agendabeheer', 'zakelijke-correspondentie'],
  },
  {
    key: 'excel-basis-tot-draaitabellen', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 4, mode: 'online', costEuros: 199,
    titleNl: 'Excel: van basis tot draaitabellen', titleEn: 'Excel: from basics to pivot tables',
    descriptionNl: 'In eigen tempo leren werken met formules, grafieken, draaitabellen en eenvoudige macro’s in Excel en de rest van Microsoft 365.',
    descriptionEn: 'Self-paced course on formulas, charts, pivot tables and simple macros in Excel and the rest of Microsoft 365.',
    skills: ['excel', 'excel-gevorderd', 'kantoorsoftware'],
  },
  {
    key: 'digitale-basisvaardigheden', provider: WCB, city: 'Eindhoven', region: 'main', weeks: 4, mode: 'blended', costEuros: 0,
    titleNl: 'Digitale basisvaardigheden voor werk', titleEn: 'Digital skills for work',
    descriptionNl: 'Voor wie weinig met de computer werkt: veilig online werken, samenwerken in Teams, gegevens invoeren en zorgvuldig omgaan met persoonsgegevens.',
    descriptionEn: 'For people who rarely use a computer: working safely online, collaborating in Teams, entering data and handling personal data with care.',
    skills: ['digitale-vaardigheden', 'online-samenwerken', 'gegevensinvoer', 'avg'],
  },
  {
    key: 'klantenservice-klachten', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 3, mode: 'online', costEuros: 350,
    titleNl: 'Klantenservice en klachtafhandeling', titleEn: 'Customer service and complaint handling',
    descriptionNl: 'Klanten helpen via telefoon, e-mail en chat, klachten de-escaleren en oplossen, en alles goed vastleggen in het CRM-systeem.',
    descriptionEn: 'Helping customers by phone, email and chat, de-escalating and resolving complaints, and recording everything properly in the CRM system.',
    skills: ['klantenservice', 'telefonisch-klantcontact', 'klachtenafhandeling', 'webcare', 'crm'],
  },
  {
    key: 'accountmanagement-technische-verkoop', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'blended', costEuros: 2450,
    titleNl: 'Accountmanagement en technische verkoop', titleEn: 'Account management and technical sales',
    descriptionNl: 'Voor technici die de commerciële kant op willen: klantrelaties opbouwen, nieuwe klanten werven, offertes maken en technische oplossingen verkopen.',
    descriptionEn: 'For technicians moving into sales: building customer relationships, winning new customers, preparing quotations and selling technical solutions.',
    skills: ['accountmanagement', 'acquisitie', 'technische-verkoop', 'offertes', 'b2b-verkoop'],
  },
  {
    key: 'verkoopmedewerker-retail', provider: KVC, city: 'Eindhoven', region: 'main', weeks: 6, mode: 'on_the_job', costEuros: 450,
    titleNl: 'Verkoopmedewerker retail', titleEn: 'Retail sales assistant',
    descriptionNl: 'Leren in de winkel: klanten adviseren, afrekenen, schappen vullen en producten aantrekkelijk presenteren.',
    descriptionEn: 'Learning in store: advising customers, operating the till, stocking shelves and presenting products attractively.',
    skills: ['winkelverkoop', 'kassa', 'visual-merchandising', 'vakkenvullen'],
  },
  {
    key: 'online-marketing', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 6, mode: 'online', costEuros: 495,
    titleNl: 'Online marketing', titleEn: 'Digital marketing',
    descriptionNl: 'Marketingbasis, vindbaarheid in zoekmachines, social media en campagnes meten.',
    descriptionEn: 'Marketing fundamentals, search engine optimisation, social media and measuring campaigns.',
    skills: ['marketing', 'online-marketing'],
  },

  // ICT en data
  {
    key: 'programmeren-in-python', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'online', costEuros: 690,
    titleNl: 'Programmeren in Python', titleEn: 'Programming in Python',
    descriptionNl: 'Leer programmeren vanaf nul: variabelen, functies, bestanden en datastructuren in Python, met versiebeheer in Git.',
    descriptionEn: 'Learn to program from scratch: variables, functions, files and data structures in Python, with version control in Git.',
    skills: ['programmeren', 'python', 'git'],
  },
  {
    key: 'data-analyse-sql-power-bi', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'blended', costEuros: 2150,
    titleNl: 'Data-analyse met SQL en Power BI', titleEn: 'Data analysis with SQL and Power BI',
    descriptionNl: 'Gegevens ophalen met SQL, analyseren met statistiek en presenteren in heldere Power BI-dashboards voor de business.',
    descriptionEn: 'Retrieving data with SQL, analysing it with statistics and presenting it in clear Power BI dashboards for the business.',
    skills: ['data-analyse', 'sql', 'datavisualisatie', 'business-intelligence', 'statistiek'],
  },
  {
    key: 'data-engineering-cloud', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'online', costEuros: 2400,
    titleNl: 'Data engineering in de cloud', titleEn: 'Data engineering in the cloud',
    descriptionNl: 'Datapijplijnen bouwen met Python en pandas, datamodellen ontwerpen, datakwaliteit bewaken en alles draaien op een cloudplatform.',
    descriptionEn: 'Building data pipelines with Python and pandas, designing data models, monitoring data quality and running it all on a cloud platform.',
    skills: ['data-engineering', 'cloud', 'datamodellering', 'data-kwaliteit', 'pandas'],
  },
  {
    key: 'machine-learning-basis', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'online', costEuros: 1450,
    titleNl: 'Machine learning voor professionals', titleEn: 'Machine learning for professionals',
    descriptionNl: 'De basis van machine learning en data-analyse in R, toegepast op voorbeelden uit productie en onderhoud.',
    descriptionEn: 'The fundamentals of machine learning and data analysis in R, applied to examples from manufacturing and maintenance.',
    skills: ['machine-learning', 'r-programmeertaal'],
  },
  {
    key: 'embedded-c-cpp', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 12, mode: 'blended', costEuros: 3400,
    titleNl: 'Embedded C en C++ voor technici', titleEn: 'Embedded C and C++ for engineers',
    descriptionNl: 'Software schrijven voor microcontrollers en realtime systemen in C en modern C++, van registers tot RTOS-taken.',
    descriptionEn: 'Writing software for microcontrollers and real-time systems in C and modern C++, from registers to RTOS tasks.',
    skills: ['embedded-software', 'c-programmeertaal', 'cpp', 'rtos'],
  },
  {
    key: 'devops-ci-cd', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 6, mode: 'online', costEuros: 1450,
    titleNl: 'DevOps en CI/CD', titleEn: 'DevOps and CI/CD',
    descriptionNl: 'Software automatisch bouwen, testen en uitrollen met pijplijnen, containers en Linux-servers.',
    descriptionEn: 'Automatically building, testing and deploying software with pipelines, containers and Linux servers.',
    skills: ['devops', 'ci-cd', 'containers', 'linux'],
  },
  {
    key: 'softwaretester-istqb', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'blended', costEuros: 1950,
    titleNl: 'Softwaretester (ISTQB Foundation)', titleEn: 'Software tester (ISTQB Foundation)',
    descriptionNl: 'Testen volgens ISTQB, testgevallen ontwerpen en tests automatiseren. Inclusief examen ISTQB Foundation.',
    descriptionEn: 'Testing according to ISTQB, designing test cases and automating tests. Includes the ISTQB Foundation exam.',
    skills: ['software-testen', 'testautomatisering', 'istqb'],
  },
  {
    key: 'systeem-netwerkbeheer', provider: TCB, city: 'Eindhoven', region: 'main', weeks: 20, mode: 'blended', costEuros: 3200,
    titleNl: 'Systeem- en netwerkbeheer', titleEn: 'System and network administration',
    descriptionNl: 'Servers, netwerken en werkplekken beheren in een Windows-omgeving, en gebruikers ondersteunen volgens ITIL.',
    descriptionEn: 'Managing servers, networks and workstations in a Windows environment, and supporting users according to ITIL.',
    skills: ['systeembeheer', 'netwerkbeheer', 'windows-server', 'werkplekondersteuning', 'itil'],
  },
  {
    key: 'informatiebeveiliging', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 4, mode: 'online', costEuros: 395,
    titleNl: 'Informatiebeveiliging voor iedereen', titleEn: 'Information security for everyone',
    descriptionNl: 'Phishing herkennen, veilig omgaan met wachtwoorden en bedrijfsinformatie, en weten wat ISO 27001 van je vraagt.',
    descriptionEn: 'Recognising phishing, handling passwords and company information safely, and knowing what ISO 27001 asks of you.',
    skills: ['informatiebeveiliging'],
  },
  {
    key: 'full-stack-webontwikkeling', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 16, mode: 'online', costEuros: 2950,
    titleNl: 'Full-stack webontwikkeling', titleEn: 'Full-stack web development',
    descriptionNl: 'Moderne webapplicaties bouwen met JavaScript, TypeScript en React, gekoppeld aan een eigen API.',
    descriptionEn: 'Building modern web applications with JavaScript, TypeScript and React, connected to your own API.',
    skills: ['webontwikkeling', 'javascript', 'typescript', 'react', 'apis'],
  },
  {
    key: 'omscholing-java-ontwikkelaar', provider: BTA, city: 'Eindhoven', region: 'main', weeks: 20, mode: 'blended', costEuros: 0,
    titleNl: 'Omscholing tot Java-ontwikkelaar', titleEn: 'Retraining as a Java developer',
    descriptionNl: 'Intensief traineeship met baangarantie: Java en Spring Boot, software-architectuur en werken in een Scrum-team. Betaald door de deelnemende werkgevers.',
    descriptionEn: 'Intensive traineeship with a job guarantee: Java and Spring Boot, software architecture and working in a Scrum team. Paid for by the participating employers.',
    skills: ['java', 'software-architectuur', 'scrum', 'agile'],
  },

  // Management, HR en loopbaan
  {
    key: 'projectmanagement-prince2', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 5, mode: 'blended', costEuros: 1650,
    titleNl: 'Projectmanagement (PRINCE2 Foundation)', titleEn: 'Project management (PRINCE2 Foundation)',
    descriptionNl: 'Projecten opzetten, plannen en bewaken, stakeholders betrekken en het PRINCE2 Foundation-examen halen.',
    descriptionEn: 'Setting up, planning and controlling projects, engaging stakeholders and passing the PRINCE2 Foundation exam.',
    skills: ['projectmanagement', 'prince2', 'projectplanning', 'stakeholdermanagement'],
  },
  {
    key: 'leidinggeven-werkvloer', provider: KVC, city: 'Helmond', region: 'main', weeks: 8, mode: 'blended', costEuros: 1850,
    titleNl: 'Leidinggeven op de werkvloer', titleEn: 'Leading on the shop floor',
    descriptionNl: 'Voor (aankomend) teamleiders: een team aansturen, medewerkers coachen, feedback geven en sturen op KPI’s.',
    descriptionEn: 'For (new) team leaders: managing a team, coaching employees, giving feedback and managing by KPIs.',
    skills: ['leidinggeven', 'teamleiding', 'medewerkers-coachen', 'kpi-sturing', 'feedback-geven'],
  },
  {
    key: 'hr-adviseur-arbeidsrecht-verzuim', provider: HRL, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'online', costEuros: 1950,
    titleNl: 'HR-adviseur: arbeidsrecht en verzuim', titleEn: 'HR advisor: employment law and absence management',
    descriptionNl: 'Leidinggevenden adviseren over arbeidsrecht, verzuim en de Wet verbetering poortwachter, en de gesprekscyclus goed inrichten.',
    descriptionEn: 'Advising managers on employment law, sickness absence and Dutch return-to-work rules, and setting up a good performance review cycle.',
    skills: ['hr-advies', 'arbeidsrecht', 'verzuimbegeleiding', 'gesprekscyclus'],
  },
  {
    key: 'werving-selectie', provider: HRL, city: 'Eindhoven', region: 'main', weeks: 4, mode: 'online', costEuros: 795,
    titleNl: 'Werving en selectie', titleEn: 'Recruitment and selection',
    descriptionNl: 'Vacatures scherp krijgen, kandidaten vinden op een krappe arbeidsmarkt en gestructureerde sollicitatiegesprekken voeren.',
    descriptionEn: 'Sharpening vacancies, finding candidates in a tight labour market and conducting structured job interviews.',
    skills: ['werving-selectie', 'sollicitatiegesprekken', 'arbeidsmarktkennis'],
  },
  {
    key: 'loopbaanbegeleiding-van-werk-naar-werk', provider: HRL, city: 'Eindhoven', region: 'main', weeks: 6, mode: 'blended', costEuros: 1450,
    titleNl: 'Loopbaanbegeleiding bij van-werk-naar-werk', titleEn: 'Career guidance for job-to-job transitions',
    descriptionNl: 'Medewerkers begeleiden bij een reorganisatie: talenten en kansen in beeld brengen, omscholing organiseren en de overstap naar een nieuwe werkgever begeleiden.',
    descriptionEn: 'Guiding employees through a reorganisation: mapping talents and opportunities, arranging retraining and supporting the move to a new employer.',
    skills: ['loopbaanbegeleiding', 'reorganisaties', 'verandermanagement'],
  },

  // Zorg en welzijn
  {
    key: 'zij-instroom-verzorgende-ig', provider: ZAZ, city: 'Eindhoven', region: 'main', weeks: 52, mode: 'on_the_job', costEuros: 0,
    titleNl: 'Zij-instroom verzorgende IG (mbo-3)', titleEn: 'Career-changer route to certified care assistant (VET level 3)',
    descriptionNl: 'Leren en werken tegelijk bij een zorgorganisatie, met salaris vanaf de eerste dag. Je leert persoonlijke verzorging, medicatie toedienen en werken met een zorgplan.',
    descriptionEn: 'Learn while you work at a care provider, paid from day one. You learn personal care, administering medication and working with a care plan.',
    skills: ['persoonlijke-verzorging', 'medicatie-toedienen', 'zorgplan', 'zorgdossier', 'observeren-signaleren'],
  },
  {
    key: 'voorbehouden-handelingen', provider: ZAZ, city: 'Eindhoven', region: 'main', weeks: 3, mode: 'classroom', costEuros: 495,
    titleNl: 'Voorbehouden en risicovolle handelingen', titleEn: 'Reserved and high-risk procedures',
    descriptionNl: 'Bekwaam worden in injecteren, katheteriseren, wondzorg en het meten van vitale functies, met praktijktoets.',
    descriptionEn: 'Becoming competent in giving injections, catheterisation, wound care and measuring vital signs, with a practical assessment.',
    skills: ['voorbehouden-handelingen', 'injecteren', 'katheteriseren', 'wondzorg', 'vitale-functies'],
  },
  {
    key: 'verpleegkunde-deeltijd', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 156, mode: 'blended', costEuros: 2600,
    titleNl: 'Verpleegkunde deeltijd voor zij-instromers', titleEn: 'Part-time nursing degree for career changers',
    descriptionNl: 'Versnelde hbo-opleiding tot verpleegkundige naast je werk in de zorg. Het collegegeld wordt grotendeels vergoed door de werkgever.',
    descriptionEn: 'Accelerated bachelor’s programme in nursing alongside your job in care. Tuition is largely reimbursed by the employer.',
    skills: ['verpleegtechnische-handelingen', 'klinisch-redeneren', 'anatomie', 'geneesmiddelenkennis', 'infectiepreventie'],
  },
  {
    key: 'dementie-palliatieve-zorg', provider: ZAZ, city: 'Eindhoven', region: 'main', weeks: 4, mode: 'blended', costEuros: 395,
    titleNl: 'Dementie en palliatieve zorg', titleEn: 'Dementia and palliative care',
    descriptionNl: 'Omgaan met mensen met dementie, zorg in de laatste levensfase en samenwerken met naasten en mantelzorgers.',
    descriptionEn: 'Caring for people with dementia, end-of-life care and working with relatives and informal carers.',
    skills: ['dementiezorg', 'ouderenzorg', 'palliatieve-zorg', 'mantelzorgers'],
  },
  {
    key: 'helpende-zorg-welzijn', provider: ZAZ, city: 'Helmond', region: 'main', weeks: 26, mode: 'on_the_job', costEuros: 0,
    titleNl: 'Helpende zorg en welzijn (mbo-2)', titleEn: 'Care and welfare assistant (VET level 2)',
    descriptionNl: 'Leerwerktraject in de ouderenzorg en thuiszorg: helpen bij eten en drinken, transfers met de tillift, huishoudelijke ondersteuning en activiteiten.',
    descriptionEn: 'Work-based programme in elderly and home care: helping with eating and drinking, hoist transfers, domestic support and activities.',
    skills: ['eten-drinken', 'tilhulpmiddelen', 'huishoudelijke-ondersteuning', 'activiteitenbegeleiding', 'thuiszorg'],
  },
  {
    key: 'begeleider-gehandicaptenzorg', provider: ZAZ, city: 'Eersel', region: 'main', weeks: 40, mode: 'blended', costEuros: 1900,
    titleNl: 'Begeleider gehandicaptenzorg', titleEn: 'Disability support worker',
    descriptionNl: 'Cliënten met een verstandelijke beperking of psychische kwetsbaarheid begeleiden in wonen en dagbesteding, en omgaan met lastig gedrag.',
    descriptionEn: 'Supporting clients with intellectual disabilities or mental health needs in their home and daytime activities, and dealing with challenging behaviour.',
    skills: ['gehandicaptenzorg', 'clienten-begeleiden', 'ggz-begeleiding', 'conflicthantering'],
  },
  {
    key: 'pedagogisch-medewerker', provider: KVC, city: 'Veldhoven', region: 'main', weeks: 40, mode: 'on_the_job', costEuros: 1800,
    titleNl: 'Pedagogisch medewerker kinderopvang', titleEn: 'Childcare worker',
    descriptionNl: 'Werken en leren in de kinderopvang en bso: spel en ontwikkeling stimuleren, observeren en contact met ouders.',
    descriptionEn: 'Work and learn in childcare and after-school care: encouraging play and development, observing children and liaising with parents.',
    skills: ['kinderopvang', 'pedagogisch-handelen'],
  },

  // Onderwijs
  {
    key: 'zij-instroom-leraar-basisonderwijs', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 104, mode: 'blended', costEuros: 0,
    titleNl: 'Zij-instroom leraar basisonderwijs', titleEn: 'Career-changer route to primary school teaching',
    descriptionNl: 'In twee jaar bevoegd leraar worden terwijl je al voor de klas staat. Subsidie en werkgeverbijdrage dekken de opleidingskosten.',
    descriptionEn: 'Qualify as a teacher in two years while already teaching a class. A government grant and employer contribution cover the training costs.',
    skills: ['lesgeven', 'lessen-voorbereiden', 'klassenmanagement', 'didactiek', 'toetsen'],
  },
  {
    key: 'van-vakman-naar-docent', provider: HBO, city: 'Eindhoven', region: 'main', weeks: 52, mode: 'blended', costEuros: 5200,
    titleNl: 'Van vakman naar docent (PDG)', titleEn: 'From skilled professional to teacher (teaching certificate)',
    descriptionNl: 'Voor technici die hun vak willen doorgeven in het mbo: instructie geven, studenten begeleiden in de praktijk en digitaal lesmateriaal maken.',
    descriptionEn: 'For technicians who want to pass on their trade in vocational education: giving instruction, supervising work placements and creating digital learning materials.',
    skills: ['praktijkbegeleiding', 'instructie-geven', 'e-learning', 'ict-in-onderwijs'],
  },
  {
    key: 'onderwijsassistent', provider: KVC, city: 'Veldhoven', region: 'main', weeks: 40, mode: 'blended', costEuros: 2400,
    titleNl: 'Onderwijsassistent', titleEn: 'Teaching assistant',
    descriptionNl: 'De leraar ondersteunen, kleine groepen leerlingen begeleiden en extra ondersteuning bieden binnen passend onderwijs.',
    descriptionEn: 'Supporting the teacher, working with small groups of pupils and providing extra support within inclusive education.',
    skills: ['leraar-ondersteunen', 'leerlingbegeleiding', 'passend-onderwijs'],
  },

  // Talen
  {
    key: 'nederlands-op-de-werkvloer', provider: TCZ, city: 'Eindhoven', region: 'main', weeks: 20, mode: 'classroom', costEuros: 850,
    titleNl: 'Nederlands op de werkvloer (A2 naar B1)', titleEn: 'Dutch for the workplace (A2 to B1)',
    descriptionNl: 'Praktisch Nederlands voor anderstaligen: werkinstructies begrijpen, overleggen met collega’s en korte verslagen schrijven.',
    descriptionEn: 'Practical Dutch for non-native speakers: understanding work instructions, talking with colleagues and writing short reports.',
    skills: ['nederlands', 'zakelijk-nederlands'],
  },
  {
    key: 'technisch-engels', provider: TCZ, city: 'Eindhoven', region: 'main', weeks: 10, mode: 'blended', costEuros: 690,
    titleNl: 'Technisch Engels', titleEn: 'Technical English',
    descriptionNl: 'Engelstalige handleidingen, specificaties en overleggen in internationale hightech teams.',
    descriptionEn: 'English-language manuals, specifications and meetings in international high-tech teams.',
    skills: ['engels', 'technisch-engels'],
  },
  {
    key: 'duits-logistiek-sales', provider: TCZ, city: 'Eindhoven', region: 'main', weeks: 12, mode: 'blended', costEuros: 790,
    titleNl: 'Duits voor logistiek en verkoop', titleEn: 'German for logistics and sales',
    descriptionNl: 'Zakelijk Duits voor telefoongesprekken, e-mails en klantbezoeken bij Duitse klanten en vervoerders.',
    descriptionEn: 'Business German for phone calls, emails and visits with German customers and hauliers.',
    skills: ['duits'],
  },
  {
    key: 'nt2-docent', provider: TCZ, city: 'Eindhoven', region: 'main', weeks: 12, mode: 'blended', costEuros: 1450,
    titleNl: 'Docent Nederlands als tweede taal', titleEn: 'Teaching Dutch as a second language',
    descriptionNl: 'Lesgeven aan volwassen anderstaligen, van inburgering tot taal op de werkvloer.',
    descriptionEn: 'Teaching adult non-native speakers, from civic integration to language for the workplace.',
    skills: ['nt2-lesgeven'],
  },

  // Bouw, horeca, facilitair en beveiliging
  {
    key: 'allround-timmerman', provider: BPK, city: 'Deurne', region: 'main', weeks: 30, mode: 'on_the_job', costEuros: 2900,
    titleNl: 'Allround timmerman', titleEn: 'All-round carpenter',
    descriptionNl: 'Leerwerktraject in de bouw: kozijnen stellen, bekistingen maken, uitzetten op de bouwplaats en werken met houtbewerkingsmachines.',
    descriptionEn: 'Work-based construction programme: fitting frames, building formwork, setting out on site and using woodworking machinery.',
    skills: ['timmeren', 'kozijnen', 'bekisting', 'houtbewerkingsmachines', 'maatvoering'],
  },
  {
    key: 'allround-loodgieter', provider: OIE, city: 'Nuenen', region: 'main', weeks: 16, mode: 'on_the_job', costEuros: 2200,
    titleNl: 'Allround loodgieter', titleEn: 'All-round plumber',
    descriptionNl: 'Sanitair, waterleiding en riolering aanleggen en repareren in woningen, met veel praktijk bij een installatiebedrijf.',
    descriptionEn: 'Installing and repairing sanitary fittings, water supply and drainage in homes, with plenty of practice at an installation company.',
    skills: ['loodgieterswerk', 'riolering'],
  },
  {
    key: 'metselen-tegelzetten', provider: BPK, city: 'Deurne', region: 'main', weeks: 16, mode: 'on_the_job', costEuros: 1900,
    titleNl: 'Metselen, tegelzetten en stukadoren', titleEn: 'Bricklaying, tiling and plastering',
    descriptionNl: 'De basis van de ruwbouw en afbouw in één praktijkjaar bij een erkend leerbedrijf.',
    descriptionEn: 'The basics of shell construction and finishing work in one practical year at an accredited host company.',
    skills: ['metselen', 'tegelzetten', 'stukadoren'],
  },
  {
    key: 'schilder-isoleren', provider: BPK, city: 'Deurne', region: 'main', weeks: 12, mode: 'on_the_job', costEuros: 1500,
    titleNl: 'Schilderen en na-isoleren', titleEn: 'Painting and retrofit insulation',
    descriptionNl: 'Schilderwerk binnen en buiten, en woningen verduurzamen met spouw-, dak- en vloerisolatie.',
    descriptionEn: 'Interior and exterior painting, and making homes more sustainable with cavity wall, roof and floor insulation.',
    skills: ['schilderen', 'isoleren', 'dakdekken'],
  },
  {
    key: 'uitvoerder-bouw', provider: BPK, city: 'Eindhoven', region: 'main', weeks: 20, mode: 'blended', costEuros: 3600,
    titleNl: 'Uitvoerder bouw', titleEn: 'Construction site manager',
    descriptionNl: 'Een bouwplaats aansturen: planning, veiligheid, bouwregelgeving en overleg met onderaannemers en opdrachtgever.',
    descriptionEn: 'Running a building site: scheduling, safety, building regulations and coordinating with subcontractors and the client.',
    skills: ['bouwplaats', 'bouwregelgeving', 'bouwkunde'],
  },
  {
    key: 'zelfstandig-werkend-kok', provider: HVB, city: 'Eindhoven', region: 'main', weeks: 40, mode: 'on_the_job', costEuros: 2300,
    titleNl: 'Zelfstandig werkend kok', titleEn: 'Independent cook',
    descriptionNl: 'Koken in een restaurant- of bedrijfskeuken: mise-en-place, menu’s samenstellen en koken voor grote groepen.',
    descriptionEn: 'Cooking in a restaurant or company kitchen: mise en place, planning menus and cooking for large groups.',
    skills: ['koken', 'mise-en-place', 'menus-samenstellen', 'grootkeuken'],
  },
  {
    key: 'gastheerschap-bediening', provider: HVB, city: 'Waalre', region: 'main', weeks: 6, mode: 'on_the_job', costEuros: 650,
    titleNl: 'Gastheerschap en bediening', titleEn: 'Hospitality and table service',
    descriptionNl: 'Gasten ontvangen en bedienen, koffie en dranken bereiden en zorgen dat iedereen zich welkom voelt.',
    descriptionEn: 'Welcoming and serving guests, preparing coffee and drinks, and making everyone feel welcome.',
    skills: ['bedienen', 'dranken-bereiden', 'gastvrijheid', 'afwassen'],
  },
  {
    key: 'facilitair-receptie', provider: KVC, city: 'Eindhoven', region: 'main', weeks: 8, mode: 'blended', costEuros: 1100,
    titleNl: 'Facilitair medewerker en receptie', titleEn: 'Facilities and reception assistant',
    descriptionNl: 'Een gebouw draaiende houden: bezoekers ontvangen, telefoon, post, kleine reparaties en het organiseren van bijeenkomsten.',
    descriptionEn: 'Keeping a building running: receiving visitors, phones, mail, minor repairs and organising meetings.',
    skills: ['facilitaire-dienstverlening', 'gebouwbeheer', 'receptie', 'kleine-reparaties', 'evenementen'],
  },
  {
    key: 'vakkracht-schoonmaak', provider: WCB, city: 'Eindhoven', region: 'main', weeks: 3, mode: 'on_the_job', costEuros: 350,
    titleNl: 'Vakkracht schoonmaak en cleanroomreiniging', titleEn: 'Professional cleaning and cleanroom cleaning',
    descriptionNl: 'Professioneel schoonmaken met de juiste methoden en middelen, schoonmaakmachines bedienen en specialistisch reinigen in cleanrooms.',
    descriptionEn: 'Professional cleaning with the right methods and agents, operating cleaning machines and specialised cleanroom cleaning.',
    skills: ['schoonmaken', 'schoonmaakmethoden', 'schoonmaakmachines', 'specialistisch-reinigen'],
  },
  {
    key: 'beveiliger-niveau-2', provider: BAZ, city: 'Helmond', region: 'main', weeks: 12, mode: 'blended', costEuros: 1750,
    titleNl: 'Beveiliger niveau 2', titleEn: 'Security officer (level 2)',
    descriptionNl: 'De wettelijk verplichte opleiding voor beveiligers: toegangscontrole, surveilleren, cameratoezicht, de Wpbr en alarmopvolging.',
    descriptionEn: 'The statutory training for security officers: access control, patrolling, CCTV monitoring, private security law and alarm response.',
    skills: ['beveiligen', 'toegangscontrole', 'surveilleren', 'camerabewaking', 'beveiligingswetgeving'],
  },

  // Transversale vaardigheden
  {
    key: 'loopbaanfitheid', provider: WCB, city: 'Eindhoven', region: 'main', weeks: 3, mode: 'blended', costEuros: 0,
    titleNl: 'Loopbaanfit: je talenten in beeld', titleEn: 'Career fitness: mapping your talents',
    descriptionNl: 'Workshopreeks voor werknemers van wie de baan vervalt: ontdek je sterke punten, oefen met samenwerken en leer omgaan met verandering.',
    descriptionEn: 'Workshop series for employees whose job is at risk: discover your strengths, practise teamwork and learn to cope with change.',
    skills: ['samenwerken', 'probleemoplossend-denken', 'leervermogen', 'omgaan-met-verandering'],
  },
  {
    key: 'agressie-conflicten', provider: WCB, city: 'Helmond', region: 'main', weeks: 1, mode: 'classroom', costEuros: 295,
    titleNl: 'Omgaan met agressie en conflicten', titleEn: 'Dealing with aggression and conflict',
    descriptionNl: 'Signalen herkennen, de-escaleren en jezelf beschermen, met trainingsacteurs.',
    descriptionEn: 'Recognising warning signs, de-escalating and protecting yourself, with training actors.',
    skills: ['conflicthantering', 'stressbestendigheid', 'actief-luisteren'],
  },
  {
    key: 'klantgericht-communiceren', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 2, mode: 'online', costEuros: 195,
    titleNl: 'Klantgericht communiceren', titleEn: 'Customer-focused communication',
    descriptionNl: 'Helder communiceren, mondeling en schriftelijk, en overtuigend presenteren aan klanten en collega’s.',
    descriptionEn: 'Communicating clearly, in speech and in writing, and presenting convincingly to customers and colleagues.',
    skills: ['klantgerichtheid', 'communiceren', 'schriftelijk-communiceren', 'presenteren'],
  },
  {
    key: 'plannen-en-organiseren', provider: DLH, city: 'Eindhoven', region: 'main', weeks: 2, mode: 'online', costEuros: 149,
    titleNl: 'Slimmer plannen en organiseren', titleEn: 'Smarter planning and organising',
    descriptionNl: 'Prioriteiten stellen, je werk plannen en zelfstandig resultaat boeken, ook als het druk is.',
    descriptionEn: 'Setting priorities, planning your work and delivering results independently, even when it is busy.',
    skills: ['plannen-organiseren', 'timemanagement', 'zelfstandig-werken'],
  },

  // Midden-Brabant
  {
    key: 'mb-logistiek-medewerker', provider: VMB, city: 'Tilburg', region: 'other', weeks: 8, mode: 'on_the_job', costEuros: 900,
    titleNl: 'Logistiek medewerker', titleEn: 'Logistics operative',
    descriptionNl: 'Leerwerktraject in een distributiecentrum in Tilburg: orderpicken, heftruck rijden en werken met een WMS.',
    descriptionEn: 'Work-based programme in a distribution centre in Tilburg: order picking, forklift driving and using a WMS.',
    skills: ['orderpicken', 'heftruck-rijden', 'wms'],
  },
  {
    key: 'mb-verzorgende-ig', provider: VMB, city: 'Tilburg', region: 'other', weeks: 52, mode: 'on_the_job', costEuros: 0,
    titleNl: 'Verzorgende IG via de beroepspraktijk', titleEn: 'Certified care assistant, work-based route',
    descriptionNl: 'Mbo-opleiding verzorgende IG in combinatie met een leerbaan bij een zorgorganisatie in Midden-Brabant.',
    descriptionEn: 'Vocational programme for certified care assistants combined with a paid traineeship at a care provider in Midden-Brabant.',
    skills: ['persoonlijke-verzorging', 'medicatie-toedienen', 'wondzorg'],
  },
  {
    key: 'mb-hygiene-voedselveiligheid', provider: VMB, city: 'Waalwijk', region: 'other', weeks: 1, mode: 'classroom', costEuros: 175,
    titleNl: 'Hygiëne en voedselveiligheid', titleEn: 'Hygiene and food safety',
    descriptionNl: 'Eendaagse training voor productiemedewerkers in de levensmiddelenindustrie.',
    descriptionEn: 'One-day course for production staff in the food industry.',
    skills: ['haccp', 'hygienisch-werken'],
  },
];
