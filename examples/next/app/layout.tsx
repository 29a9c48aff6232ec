import type { ReactNode } from 'react';
import 'react-stripe-identity/styles.css';
import './app.css';

export const metadata = { title: 'Verify your identity — react-stripe-identity + Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
