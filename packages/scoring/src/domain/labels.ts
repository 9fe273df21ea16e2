/** A label in the two languages of the portal (German is the default). */
export interface BilingualLabel {
  de: string;
  en: string;
}
