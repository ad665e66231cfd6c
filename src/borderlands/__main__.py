from borderlands.cli import main

main()
