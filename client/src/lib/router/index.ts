export {
  BrowserRouter,
  Link,
  MemoryRouter,
  Route,
  Routes,
  useLocation,
  useMatch,
  useNavigate,
  useParams,
} from './router';
