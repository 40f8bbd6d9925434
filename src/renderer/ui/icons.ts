/**
 * The app's one icon set (lucide-react: tree-shaken SVG components, so only the
 * icons named here reach the bundle). Views import icons from this file by what
 * they mean, not by their drawing, so a change of set or glyph is one line.
 * Icons are decorative: lucide renders aria-hidden="true"; the control around
 * an icon carries the accessible name.
 */
export {
  Users as CustomersIcon,
  History as TimelineIcon,
  SquareKanban as BoardIcon,
  CalendarCheck as TodayIcon,
  ChartColumn as InsightsIcon,
  Settings as SettingsIcon,
  Search as SearchIcon,
  Plus as AddIcon,
  Upload as ImportIcon,
  FileDown as ExportIcon,
  MessageSquarePlus as LogInteractionIcon,
  Undo2 as UndoIcon,
  Redo2 as RedoIcon,
  Pilcrow as ParagraphIcon,
  Heading1 as Heading1Icon,
  Heading2 as Heading2Icon,
  Quote as QuoteIcon,
  List as BulletListIcon,
  ListOrdered as NumberedListIcon,
  ListChecks as ChecklistIcon,
  Bold as BoldIcon,
  Italic as ItalicIcon,
  Underline as UnderlineIcon,
  Code as CodeIcon,
  Link as LinkIcon,
  Check as DoneIcon,
  X as CloseIcon,
  Archive as ArchiveIcon,
  Download as DownloadIcon,
  // The customer page.
  ArrowLeft as BackIcon,
  Pencil as EditIcon,
  Trash2 as DeleteIcon,
  ArchiveRestore as RestoreIcon,
  FileText as MarkdownIcon,
  ListPlus as AddFieldIcon,
  Phone as PhoneIcon,
  Briefcase as RoleIcon,
  CalendarDays as DateIcon,
  UserRound as OwnerIcon,
  Tag as TagIcon,
  // The board.
  ChevronLeft as ScrollLeftIcon,
  ChevronRight as ScrollRightIcon,
  ChevronsDown as ShowMoreIcon,
  Hourglass as IdleIcon,
} from 'lucide-react';
