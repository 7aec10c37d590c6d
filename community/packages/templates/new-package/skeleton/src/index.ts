/** The version of @kestrel/${{ values.short }}. */
export const version = '0.1.0';
