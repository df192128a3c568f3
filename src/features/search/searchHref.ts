/** The search route with its query, relative to the language route: "/search?q=pasport". */
export const searchHref = (query: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search');
