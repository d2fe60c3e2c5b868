from quizgen.cli import main

raise SystemExit(main())
