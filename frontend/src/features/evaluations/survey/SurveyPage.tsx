/** The anonymous survey behind a wave's link. */
export default function SurveyPage() {
  return null;
}
