// How long a page of any connection may be (first/last), shared by array connections and Ioas.mappings.
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;
