/**
 * Name and street lists for generating demo people. They reflect the population of a Dutch
 * region today: mostly Dutch and Brabant names, plus names common among Dutch people of
 * Turkish, Moroccan, Polish, Surinamese, Syrian, Ukrainian and Eritrean origin.
 */

export const firstNamesFemale: readonly string[] = [
  // Dutch
  'Emma', 'Julia', 'Sophie', 'Anna', 'Lotte', 'Sanne', 'Lisa', 'Fleur', 'Eva', 'Noor',
  'Tess', 'Sara', 'Lieke', 'Anouk', 'Femke', 'Iris', 'Maud', 'Mila', 'Evi', 'Roos',
  'Fenna', 'Isa', 'Nina', 'Esmee', 'Lynn', 'Marloes', 'Ilse', 'Kim', 'Linda', 'Monique',
  'Ingrid', 'Petra', 'Marieke', 'Anja', 'Wilma', 'Ria', 'Els', 'Annemiek', 'Mirjam', 'Karin',
  'Yvonne', 'Joke', 'Ellen', 'Marian', 'Sandra', 'Nicole', 'Chantal', 'Bianca',
  // Turkish
  'Elif', 'Zeynep', 'Ayşe', 'Fatma', 'Esra', 'Büşra', 'Merve',
  // Moroccan
  'Fatima', 'Khadija', 'Naima', 'Samira', 'Nadia', 'Hanane', 'Imane', 'Salma',
  // Polish
  'Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Aleksandra', 'Monika',
  // Surinamese
  'Anjali', 'Kavita', 'Sharmila', 'Marisca',
  // Syrian
  'Rasha', 'Lina', 'Rania', 'Hiba',
  // Ukrainian and Eritrean
  'Oksana', 'Olena', 'Saba',
];

export const firstNamesMale: readonly string[] = [
  // Dutch
  'Daan', 'Sem', 'Lucas', 'Levi', 'Finn', 'Milan', 'Bram', 'Luuk', 'Thijs', 'Jesse',
  'Ruben', 'Tim', 'Lars', 'Stijn', 'Joost', 'Koen', 'Bas', 'Niels', 'Rick', 'Tom',
  'Mark', 'Jeroen', 'Martijn', 'Sander', 'Peter', 'Jan', 'Kees', 'Henk', 'Gerard', 'Wim',
  'Frank', 'Rob', 'Paul', 'Erik', 'Johan', 'Hans', 'Marcel', 'Patrick', 'Dennis', 'Maarten',
  'Twan', 'Teun', 'Guus', 'Gijs', 'Hein', 'Ties', 'Stefan', 'Ruud',
  // Turkish
  'Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Burak', 'Hakan', 'Kerem',
  // Moroccan
  'Mohamed', 'Youssef', 'Ayoub', 'Hamza', 'Bilal', 'Karim', 'Rachid', 'Said',
  // Polish
  'Piotr', 'Tomasz', 'Krzysztof', 'Marcin', 'Paweł', 'Łukasz',
  // Surinamese
  'Rajesh', 'Sunil', 'Dwayne', 'Romano',
  // Syrian
  'Ahmad', 'Omar', 'Khaled', 'Tarek',
  // Ukrainian and Eritrean
  'Andriy', 'Dmytro', 'Yonas',
];

export const surnames: readonly string[] = [
  // Common Dutch surnames
  'de Vries', 'Jansen', 'de Jong', 'van den Berg', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer',
  'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit',
  'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel',
  'van der Veen', 'van den Broek', 'de Bruijn', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Dijk', 'Hoekstra', 'Maas',
  'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'Kuijpers', 'Hermans',
  // Typically Brabant surnames
  'van Gils', 'van Rooij', 'van de Ven', 'Verbeek', 'Claassen', 'van Kessel', 'Gerritsen', 'Martens', 'van Hout', 'Coppens',
  'Swinkels', 'van Asten', 'Raaijmakers', 'Aarts', 'van Bree', 'Donkers', 'van Lieshout', 'Sanders', 'Biemans', 'van Loon',
  'Pijnenburg', 'Habraken', 'Rovers', 'van der Zanden', 'Mutsaers', 'van den Boom', 'Manders', 'Verhagen', 'Moonen', 'Koolen',
  'Bouwmans', 'Hurkmans', 'Smulders', 'Heesakkers', 'van Hoof', 'de Kort', 'van Gerwen', 'van Vlerken', 'Kerkhofs', 'van Mierlo',
  'Beerens', 'Gevers', 'van der Aa', 'Slegers', 'Vissers', 'van Bommel', 'Renders', 'Wouters', 'van Dongen', 'Thijssen',
  'van Doorn', 'Verhees',
  // Turkish
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan',
  // Moroccan
  'El Amrani', 'Bouzid', 'El Idrissi', 'Benali', 'Ouali', 'Azzouz', 'El Khattabi', 'Tahiri', 'Ait Lahcen', 'Bakkali',
  // Polish
  'Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański',
  // Surinamese
  'Ramdin', 'Jagessar', 'Ramkisoen', 'Sewnath', 'Kromodimedjo', 'Pinas', 'Wijngaarde', 'Pengel',
  // Syrian
  'Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Al-Khatib', 'Suleiman',
  // Other origins
  'Kovalenko', 'Shevchenko', 'Tesfay', 'Haile', 'Nguyen', 'Martínez',
];

export const streets: readonly string[] = [
  'Kerkstraat', 'Schoolstraat', 'Molenstraat', 'Dorpsstraat', 'Stationsstraat', 'Julianastraat', 'Beatrixlaan', 'Wilhelminastraat',
  'Emmastraat', 'Prins Bernhardstraat', 'Nieuwstraat', 'Markt', 'Hoofdstraat', 'Parallelweg', 'Lindenlaan', 'Eikenlaan',
  'Beukenlaan', 'Kastanjelaan', 'Berkenlaan', 'Populierenlaan', 'Sportlaan', 'Industrieweg', 'Irenestraat', 'Oranjestraat',
  'Rozenstraat', 'Tulpstraat', 'Meidoornstraat', 'Vlierstraat', 'Klaverstraat', 'Zandstraat', 'Heuvelstraat', 'Hoogstraat',
  'Bosweg', 'Veldweg', 'Akkerstraat', 'Kloosterstraat', 'Torenstraat', 'Kapelstraat', 'Heistraat', 'Mgr. Zwijsenstraat',
];
