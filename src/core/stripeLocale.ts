/**
 * The `locale` to give Stripe.js for a pack's tag, so the modal speaks the language of the
 * components: Stripe.js names Simplified Chinese `zh`; every other pack's tag is Stripe's own.
 */
export function stripeLocale(locale: string): string {
  return locale === 'zh-Hans' ? 'zh' : locale;
}
