/** The embassy call centre on the leaflet: the number people most need once a phone is taken. */
import { useLang } from '../../../app/LanguageScope';
import { PhoneNumbers } from '../../card/print/PhoneNumbers';
import type { CallCentre } from '../../card/print/useCallCentre';

export function CallCentreNumbers({ callCentre }: { callCentre: CallCentre }) {
  const lang = useLang();
  return (
    <section className="leaflet-call" aria-labelledby="leaflet-call">
      <h2 id="leaflet-call">{callCentre.label[lang]}</h2>
      <p className="leaflet-call-numbers">
        <PhoneNumbers phones={callCentre.phones} />
      </p>
    </section>
  );
}
