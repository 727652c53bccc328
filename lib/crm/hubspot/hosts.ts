/** HubSpot's API host. Kept apart from connection.ts so the manifest (built in Node) imports no browser code. */
export const HUBSPOT_API = 'https://api.hubapi.com';
export const HUBSPOT_API_MATCH = `${HUBSPOT_API}/*`;
